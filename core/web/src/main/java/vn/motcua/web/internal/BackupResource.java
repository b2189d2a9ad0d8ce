package vn.motcua.web.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import vn.motcua.security.StaffIdentity;
import vn.motcua.security.StaffRole;
import vn.motcua.storage.BackupArchive;
import vn.motcua.storage.StorageOperations;

/**
 * {@code POST /api/v1/admin/backups}: an online backup of the running platform into the backup folder
 * ({@code motcua.backup.dir}, default {@code <data>/backups}), city administrators only. One at a time.
 */
final class BackupResource {

    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("'motcua-backup-'yyyyMMdd-HHmmss-SSS'Z.zip'")
            .withZone(ZoneOffset.UTC);

    private final StaffContext staff;
    private final Audit audit;
    private final Supplier<StorageOperations> storage;
    private final Path folder;
    private final ReentrantLock running = new ReentrantLock();

    BackupResource(StaffContext staff, Audit audit, Supplier<StorageOperations> storage, Path folder) {
        this.staff = staff;
        this.audit = audit;
        this.storage = storage;
        this.folder = folder;
    }

    Reply create(ApiCall call) {
        StaffIdentity who = staff.require(call, StaffRole.CITY_ADMIN);
        StorageOperations store = storage.get();
        if (store == null) {
            throw new ApiProblem(503, "storage_unavailable", "Cơ sở dữ liệu chưa sẵn sàng",
                    "Chưa sao lưu được vì cơ sở dữ liệu chưa sẵn sàng; thử lại sau ít phút.", java.util.List.of(),
                    Map.of("Retry-After", HealthResource.RETRY_AFTER_SECONDS));
        }
        if (!running.tryLock()) {
            throw ApiProblem.of(409, "backup_running", "Đang sao lưu",
                    "Một bản sao lưu khác đang được ghi; chờ nó xong rồi thử lại.");
        }
        try {
            Files.createDirectories(folder);
            BackupArchive archive = store.backup(folder.resolve(NAME.format(java.time.Instant.now())));
            audit.record(call, who, "backup_written", archive.file() + " (" + archive.bytes() + " bytes)");
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("file", archive.file().toString());
            body.put("bytes", archive.bytes());
            body.put("databaseIncluded", archive.databaseIncluded());
            body.put("files", archive.files());
            body.put("takenAt", archive.takenAt().toString());
            body.put("restore", "bin/motcua restore " + archive.file() + " --data-dir <thư mục dữ liệu mới, trống>");
            if (!archive.databaseIncluded()) {
                body.put("database", "Không gồm cơ sở dữ liệu PostgreSQL: sao lưu bằng pg_dump hoặc PITR (docs/operations.md).");
            }
            return Reply.created(body);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the backup folder " + folder, e);
        } finally {
            running.unlock();
        }
    }
}
