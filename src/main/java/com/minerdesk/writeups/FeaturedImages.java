package com.minerdesk.writeups;

import com.minerdesk.web.ShareImage;
import java.util.Optional;

/** A write-up's featured image, supplied by the images feature; the write-up page shows it and shares it. */
@FunctionalInterface
public interface FeaturedImages {
    Optional<ShareImage> of(long writeupId);
}
