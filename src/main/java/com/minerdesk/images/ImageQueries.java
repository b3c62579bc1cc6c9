package com.minerdesk.images;

import static com.minerdesk.db.generated.Tables.IMAGES;
import static com.minerdesk.db.generated.Tables.WRITEUP_IMAGES;

import com.minerdesk.web.ShareImage;
import com.minerdesk.writeups.FeaturedImages;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Records;

/** Reading images: the bytes to serve, a write-up's images and its featured one. */
public final class ImageQueries implements FeaturedImages {
    private final DSLContext dsl;

    public ImageQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<StoredImage> bySha256(String sha256) {
        return dsl.select(IMAGES.SHA256, IMAGES.MEDIA_TYPE, IMAGES.CONTENT).from(IMAGES).where(IMAGES.SHA256.eq(sha256))
                .fetchOptional(Records.mapping((sha, type, content) -> new StoredImage(sha, ImageFormat.ofMediaType(type), content)));
    }

    List<WriteupImage> ofWriteup(long writeupId) {
        return dsl.select(IMAGES.ID, IMAGES.SHA256, IMAGES.MEDIA_TYPE, IMAGES.WIDTH, IMAGES.HEIGHT,
                        WRITEUP_IMAGES.ALT, WRITEUP_IMAGES.FEATURED)
                .from(WRITEUP_IMAGES).join(IMAGES).on(IMAGES.ID.eq(WRITEUP_IMAGES.IMAGE_ID))
                .where(WRITEUP_IMAGES.WRITEUP_ID.eq(writeupId))
                .orderBy(WRITEUP_IMAGES.ADDED_AT, IMAGES.ID)
                .fetch(Records.mapping((id, sha, type, width, height, alt, featured) -> new WriteupImage(id,
                        ImagePaths.of(sha, ImageFormat.ofMediaType(type)), width, height, alt, featured)));
    }

    @Override
    public Optional<ShareImage> of(long writeupId) {
        return ofWriteup(writeupId).stream().filter(WriteupImage::featured).findFirst()
                .map(i -> new ShareImage(i.path(), i.width(), i.height(), i.alt()));
    }
}
