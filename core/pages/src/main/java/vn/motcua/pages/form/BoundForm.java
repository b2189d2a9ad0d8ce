package vn.motcua.pages.form;

import java.util.List;
import java.util.Map;
import vn.motcua.pages.http.FormFile;

/**
 * A posted form as the engine takes it: the field values by id (text as sent, checkboxes as {@code "true"}, several
 * choices as lists, repeating groups as lists of maps) and the files of the form's FILE fields. Each front turns the
 * files into the engine's uploads (decision 1503).
 *
 * @param data  field id → value, empty fields left out
 * @param files the non-empty files sent for the form's FILE fields, in the order sent
 */
public record BoundForm(Map<String, Object> data, List<FormFile> files) {
    public BoundForm {
        data = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(data));
        files = List.copyOf(files);
    }
}
