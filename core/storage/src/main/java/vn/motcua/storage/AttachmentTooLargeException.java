package vn.motcua.storage;

/** An attachment exceeded its size limit and was not stored. */
public class AttachmentTooLargeException extends StorageException {
    private static final long serialVersionUID = 1L;
    private final long maxBytes;

    public AttachmentTooLargeException(long maxBytes) {
        super("attachment larger than " + maxBytes + " bytes");
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }
}
