package vn.motcua.pages.route;

/**
 * What {@link Router#match} found: a {@link Match}, or a {@link Miss} that says which error to answer.
 *
 * @param <H> the front's handler type
 */
public sealed interface Result<H> permits Match, Miss {
}
