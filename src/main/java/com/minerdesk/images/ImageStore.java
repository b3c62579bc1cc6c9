package com.minerdesk.images;

import static com.minerdesk.db.generated.Tables.IMAGES;
import static com.minerdesk.db.generated.Tables.WRITEUP_IMAGES;

import com.minerdesk.accounts.Audit;
import com.minerdesk.accounts.CurrentUser;
import com.minerdesk.db.Database;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The images' writes. The same bytes are stored once (by their hash) however often they are
 * uploaded; each write-up keeps its own alt text for them, and at most one featured image.
 */
final class ImageStore {
    private final Database db;
    private final Clock clock;

    ImageStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    void add(long writeupId, ReencodedImage image, String alt, boolean featured, CurrentUser user, String clientIp) {
        String sha256 = image.sha256();
        db.writeVoid(tx -> {
            OffsetDateTime now = OffsetDateTime.now(clock);
            long imageId = tx.select(IMAGES.ID).from(IMAGES).where(IMAGES.SHA256.eq(sha256)).fetchOptional(IMAGES.ID)
                    .orElseGet(() -> tx.insertInto(IMAGES)
                            .set(IMAGES.SHA256, sha256)
                            .set(IMAGES.MEDIA_TYPE, image.format().mediaType)
                            .set(IMAGES.WIDTH, image.width())
                            .set(IMAGES.HEIGHT, image.height())
                            .set(IMAGES.CONTENT, image.bytes())
                            .set(IMAGES.UPLOADED_BY, user.id())
                            .set(IMAGES.UPLOADED_AT, now)
                            .returning(IMAGES.ID).fetchOne(IMAGES.ID));
            int updated = tx.update(WRITEUP_IMAGES).set(WRITEUP_IMAGES.ALT, alt)
                    .where(WRITEUP_IMAGES.WRITEUP_ID.eq(writeupId), WRITEUP_IMAGES.IMAGE_ID.eq(imageId)).execute();
            if (updated == 0) {
                tx.insertInto(WRITEUP_IMAGES)
                        .set(WRITEUP_IMAGES.WRITEUP_ID, writeupId)
                        .set(WRITEUP_IMAGES.IMAGE_ID, imageId)
                        .set(WRITEUP_IMAGES.ALT, alt)
                        .set(WRITEUP_IMAGES.FEATURED, false)
                        .set(WRITEUP_IMAGES.ADDED_AT, now)
                        .execute();
            }
            if (featured) {
                feature(tx, writeupId, imageId);
            }
            Audit.record(tx, now, user, clientIp, "image-added", "write-up " + writeupId + ": " + ImagePaths.of(sha256, image.format()));
        });
    }

    /** Makes {@code imageId} the write-up's featured image, or none when it is null; false when the image is not the write-up's. */
    boolean setFeatured(long writeupId, Long imageId, CurrentUser user, String clientIp) {
        return db.write(tx -> {
            if (imageId != null && !tx.fetchExists(WRITEUP_IMAGES,
                    WRITEUP_IMAGES.WRITEUP_ID.eq(writeupId), WRITEUP_IMAGES.IMAGE_ID.eq(imageId))) {
                return false;
            }
            feature(tx, writeupId, imageId);
            Audit.record(tx, OffsetDateTime.now(clock), user, clientIp, "image-featured",
                    "write-up " + writeupId + ": " + (imageId == null ? "none" : "image " + imageId));
            return true;
        });
    }

    private static void feature(DSLContext tx, long writeupId, Long imageId) {
        tx.update(WRITEUP_IMAGES)
                .set(WRITEUP_IMAGES.FEATURED, DSL.field(imageId == null ? DSL.falseCondition() : WRITEUP_IMAGES.IMAGE_ID.eq(imageId)))
                .where(WRITEUP_IMAGES.WRITEUP_ID.eq(writeupId))
                .execute();
    }
}
