package com.minerdesk.images;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each of EXIF's eight orientations puts the stored top-left pixel where the viewer expects it. */
class ExifOrientationTest {

    @ParameterizedTest(name = "orientation {0}")
    @CsvSource({
            "1, 3, 2, 0, 0", "2, 3, 2, 2, 0", "3, 3, 2, 2, 1", "4, 3, 2, 0, 1",
            "5, 2, 3, 0, 0", "6, 2, 3, 1, 0", "7, 2, 3, 1, 2", "8, 2, 3, 0, 2"})
    void theStoredTopLeftPixelEndsUpWhereTheOrientationSays(int orientation, int width, int height, int x, int y) {
        BufferedImage stored = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
        stored.setRGB(0, 0, 0xff0000);
        BufferedImage shown = ExifOrientation.upright(stored, orientation);
        assertEquals(width, shown.getWidth());
        assertEquals(height, shown.getHeight());
        for (int i = 0; i < width; i++) {
            for (int j = 0; j < height; j++) {
                assertEquals(i == x && j == y ? 0xff0000 : 0, shown.getRGB(i, j) & 0xffffff, "pixel " + i + "," + j);
            }
        }
    }

    @org.junit.jupiter.api.Test
    void aJpegWithoutExifOrWithABrokenOneIsUpright() {
        assertEquals(ExifOrientation.UPRIGHT, ExifOrientation.of(TestImages.jpeg(10, 10)));
        assertEquals(6, ExifOrientation.of(TestImages.jpegWithOrientation(30, 10, 6)));
        assertEquals(ExifOrientation.UPRIGHT, ExifOrientation.of(TestImages.jpegWithExif(10, 10)), "an EXIF block without the tag");
    }
}
