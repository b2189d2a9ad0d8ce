package vn.motcua.descriptor.internal;

import java.util.Locale;
import vn.motcua.api.hook.FieldError;
import vn.motcua.api.procedure.Field;

/**
 * Default Vietnamese messages, one per error code, naming the field's label. A field's {@code messages}
 * entry for the same code replaces the default. Stateless.
 */
final class FieldMessages {

    FieldError error(Field field, String path, String code, String defaultMessage) {
        return new FieldError(path, code, field.message(code).orElse(defaultMessage));
    }

    static String label(Field field) {
        return "Trường «" + field.label() + "»";
    }

    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.format(Locale.ROOT, "%,d", (long) value).replace(',', '.');
        }
        return String.valueOf(value).replace('.', ',');
    }

    static String bytes(long size) {
        if (size >= 1024 * 1024 && size % (1024 * 1024) == 0) {
            return size / (1024 * 1024) + " MB";
        }
        if (size >= 1024 && size % 1024 == 0) {
            return size / 1024 + " KB";
        }
        return size + " byte";
    }
}
