package vn.motcua.calendar;

/**
 * Calendar data could not be read, parsed or written: a broken {@code settings.yaml}, a year schedule
 * with a wrong date, an unwritable data folder, or a unit with no working time at all.
 * The message names the file or year and the reason.
 */
public class CalendarDataException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CalendarDataException(String message) {
        super(message);
    }

    public CalendarDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
