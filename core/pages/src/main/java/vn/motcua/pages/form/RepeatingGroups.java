package vn.motcua.pages.form;

import vn.motcua.api.procedure.Field;

/**
 * How many items of a repeating group a form offers, decided once for every front (decision 1503): the group's
 * maximum, capped at {@link #MAX_ITEMS}, at least its minimum and at least one. The binder reads exactly the items the
 * renderer wrote. Stateless.
 */
public final class RepeatingGroups {

    /** Most items of a repeating group offered at once; a group allowing more takes further items in a later supplement. */
    public static final int MAX_ITEMS = 5;

    private RepeatingGroups() {
    }

    /** The number of items the form offers for a group. */
    public static int itemsShown(Field group) {
        int max = group.maxItems() == null ? MAX_ITEMS : Math.min(group.maxItems(), MAX_ITEMS);
        int min = group.minItems() == null ? 0 : group.minItems();
        return Math.max(1, Math.max(min, max));
    }

    /** The items that must be filled in: the group's minimum, or one if it is required without a minimum. */
    public static int itemsRequired(Field group) {
        return group.minItems() == null ? (group.required() ? 1 : 0) : group.minItems();
    }

    /** A group that can hold only one item ("Thông tin bên nữ") is a section of the form, not a list. */
    public static boolean isSection(Field group) {
        return group.maxItems() != null && group.maxItems() == 1;
    }
}
