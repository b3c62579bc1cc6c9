package com.minerdesk.images;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Checks an uploaded file and writes its pixels anew: the format is read from the content and must
 * match the name; the size in pixels is read from the header before anything is decoded, so a small
 * file that would decode to gigabytes (a decompression bomb) is refused; a file the decoder had to
 * warn about (truncated, damaged) is refused. A photo is turned upright as its EXIF says
 * ({@link ExifOrientation}), scaled down to fit {@link #MAX_SIDE} and
 * encoded again, which leaves every piece of metadata (EXIF, GPS position, comments) behind: PNG when
 * it has transparency or came as a PNG and stays small, JPEG otherwise.
 */
final class ImageReencoder {
    static final int MAX_FILE_BYTES = 8 * 1024 * 1024;
    static final long MAX_PIXELS = 40_000_000L;
    static final int MAX_SIDE = 2000;
    /** A PNG photograph larger than this is written as a JPEG. */
    private static final int MAX_PNG_BYTES = 2 * 1024 * 1024;
    private static final float JPEG_QUALITY = 0.85f;

    private ImageReencoder() {
    }

    static {
        // the bytes are in memory already: without this ImageIO buffers every stream in a temporary file
        ImageIO.setUseCache(false);
    }

    static ReencodedImage reencode(byte[] file, String fileName) throws ImageRejected {
        if (file.length == 0) {
            throw new ImageRejected("Choose an image file (PNG, JPEG or WebP).");
        }
        if (file.length > MAX_FILE_BYTES) {
            throw new ImageRejected(String.format(Locale.ROOT, "The file is %.1f MB; images are limited to %d MB.",
                    file.length / 1024.0 / 1024.0, MAX_FILE_BYTES / 1024 / 1024));
        }
        ImageFormat format = ImageFormat.sniff(file).orElseThrow(() ->
                new ImageRejected(quoted(fileName) + "is not a PNG, JPEG or WebP image."));
        checkName(fileName, format);
        BufferedImage decoded = decode(file, format);
        if (format == ImageFormat.JPEG) {
            decoded = ExifOrientation.upright(decoded, ExifOrientation.of(file));
        }
        boolean transparent = hasTransparency(decoded);
        int[] size = fitted(decoded.getWidth(), decoded.getHeight());
        BufferedImage pixels = redrawn(decoded, size[0], size[1], transparent);
        if (transparent) {
            return new ReencodedImage(png(pixels), ImageFormat.PNG, size[0], size[1]);
        }
        if (format == ImageFormat.PNG) {
            byte[] png = png(pixels);
            if (png.length <= MAX_PNG_BYTES) {
                return new ReencodedImage(png, ImageFormat.PNG, size[0], size[1]);
            }
        }
        return new ReencodedImage(jpeg(pixels), ImageFormat.JPEG, size[0], size[1]);
    }

    /** A name that claims another format than the content is refused: a mislabelled file is a mistake to show. */
    private static void checkName(String fileName, ImageFormat actual) throws ImageRejected {
        String name = fileName == null ? "" : fileName;
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            return;
        }
        String extension = name.substring(dot + 1);
        Optional<ImageFormat> claimed = ImageFormat.claimedBy(extension);
        if (claimed.isEmpty()) {
            throw new ImageRejected(quoted(name) + "has the extension ." + extension
                    + ": upload a PNG (.png), JPEG (.jpg) or WebP (.webp) image.");
        }
        if (claimed.get() != actual) {
            throw new ImageRejected(quoted(name) + "is a " + actual.label + " image, but its name ends in ."
                    + extension + ". Rename it to ." + actual.extension + " and upload it again.");
        }
    }

    private static BufferedImage decode(byte[] file, ImageFormat format) throws ImageRejected {
        String damaged = "The file could not be read as a " + format.label + " image: it is damaged or incomplete.";
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(file))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new ImageRejected(damaged);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long width = reader.getWidth(0);
                long height = reader.getHeight(0);
                if (width <= 0 || height <= 0 || width * height > MAX_PIXELS) {
                    throw new ImageRejected(String.format(Locale.ROOT,
                            "The image is %d × %d pixels; at most %d megapixels can be processed. Make it smaller and upload it again.",
                            width, height, MAX_PIXELS / 1_000_000));
                }
                List<String> warnings = new ArrayList<>();
                reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
                BufferedImage image = reader.read(0);
                if (!warnings.isEmpty() || image == null) {
                    throw new ImageRejected(damaged);
                }
                return image;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException unreadable) {
            // decoders signal broken input with IOExceptions and, for some damage, runtime exceptions
            throw new ImageRejected(damaged);
        }
    }

    private static boolean hasTransparency(BufferedImage image) {
        if (!image.getColorModel().hasAlpha()) {
            return false;
        }
        int[] row = new int[image.getWidth()];
        for (int y = 0; y < image.getHeight(); y++) {
            image.getRGB(0, y, row.length, 1, row, 0, row.length);
            for (int argb : row) {
                if (argb >>> 24 != 0xff) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The size within {@link #MAX_SIDE} × {@link #MAX_SIDE} that keeps the proportions. */
    static int[] fitted(int width, int height) {
        int longest = Math.max(width, height);
        if (longest <= MAX_SIDE) {
            return new int[] {width, height};
        }
        double scale = (double) MAX_SIDE / longest;
        return new int[] {Math.max(1, (int) Math.round(width * scale)), Math.max(1, (int) Math.round(height * scale))};
    }

    /**
     * The pixels drawn into a plain RGB (or ARGB) image of the target size, halving at most per step:
     * bilinear scaling in one step from far above the target would skip pixels and alias.
     */
    private static BufferedImage redrawn(BufferedImage source, int width, int height, boolean alpha) {
        BufferedImage current = source;
        int w = source.getWidth();
        int h = source.getHeight();
        do {
            w = w / 2 >= width ? w / 2 : width;
            h = h / 2 >= height ? h / 2 : height;
            if (w == width || h == height) {
                w = width;
                h = height;
            }
            current = drawn(current, w, h, alpha);
        } while (w != width || h != height);
        return current;
    }

    private static BufferedImage drawn(BufferedImage source, int width, int height, boolean alpha) {
        BufferedImage target = new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            if (!alpha) {
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, width, height);
            }
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] jpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static String quoted(String fileName) {
        return fileName == null || fileName.isBlank() ? "This file " : "“" + fileName + "” ";
    }
}
