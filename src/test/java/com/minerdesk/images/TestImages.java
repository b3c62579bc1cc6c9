package com.minerdesk.images;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.ImageIO;

/** Image files for the upload tests, made here (and two small WebP files made with cwebp, in test resources). */
final class TestImages {
    static final String SECRET = "GPS 48.8584 N 2.2945 E";

    private TestImages() {
    }

    static BufferedImage picture(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(0x0b5cad), width, height, new Color(0xf0a040)));
        g.fillRect(0, 0, width, height);
        g.dispose();
        return image;
    }

    static byte[] png(int width, int height) {
        return encoded(picture(width, height), "png");
    }

    static byte[] jpeg(int width, int height) {
        return encoded(picture(width, height), "jpeg");
    }

    /** A JPEG carrying an EXIF segment (APP1) with a position in it, as a phone writes one. */
    static byte[] jpegWithExif(int width, int height) {
        byte[] tiff = concat("II*\0\u0008\0\0\0\0\0".getBytes(StandardCharsets.ISO_8859_1), SECRET.getBytes(StandardCharsets.US_ASCII));
        return withExif(jpeg(width, height), tiff);
    }

    /** A JPEG whose left third is red and the rest blue, with an EXIF orientation tag (274) of {@code orientation}. */
    static byte[] jpegWithOrientation(int width, int height, int orientation) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.BLUE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.RED);
        g.fillRect(0, 0, width / 3, height);
        g.dispose();
        // little-endian TIFF: header, one IFD entry (tag 274, SHORT, count 1, the value), no next IFD
        byte[] tiff = {'I', 'I', 42, 0, 8, 0, 0, 0, 1, 0, 0x12, 0x01, 3, 0, 1, 0, 0, 0, (byte) orientation, 0, 0, 0, 0, 0, 0, 0};
        return withExif(encoded(image, "jpeg"), tiff);
    }

    private static byte[] withExif(byte[] jpeg, byte[] tiff) {
        byte[] payload = concat("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), tiff);
        int length = payload.length + 2;
        byte[] app1 = concat(new byte[] {(byte) 0xff, (byte) 0xe1, (byte) (length >> 8), (byte) length}, payload);
        return concat(concat(Arrays.copyOf(jpeg, 2), app1), Arrays.copyOfRange(jpeg, 2, jpeg.length));
    }

    /**
     * A real decompression bomb: a valid PNG of {@code side} × {@code side} black pixels, a few hundred
     * KB on disk and {@code 3 × side²} bytes once decoded.
     */
    static byte[] pngBomb(int side) {
        ByteArrayOutputStream idat = new ByteArrayOutputStream();
        try (DeflaterOutputStream z = new DeflaterOutputStream(idat)) {
            byte[] row = new byte[side * 3 + 1];
            for (int y = 0; y < side; y++) {
                z.write(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        try (DataOutputStream d = new DataOutputStream(header)) {
            d.writeInt(side);
            d.writeInt(side);
            d.write(new byte[] {8, 2, 0, 0, 0});
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return concat(concat(concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'},
                chunk("IHDR", header.toByteArray())), chunk("IDAT", idat.toByteArray())), chunk("IEND", new byte[0]));
    }

    static byte[] resource(String name) {
        try (InputStream in = TestImages.class.getResourceAsStream("/images/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] firstHalf(byte[] file) {
        return Arrays.copyOf(file, file.length / 2);
    }

    static BufferedImage decoded(byte[] file) {
        try {
            return ImageIO.read(new java.io.ByteArrayInputStream(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean contains(byte[] haystack, String needle) {
        return new String(haystack, StandardCharsets.ISO_8859_1).contains(needle);
    }

    private static byte[] chunk(String type, byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DataOutputStream d = new DataOutputStream(out)) {
            byte[] t = type.getBytes(StandardCharsets.US_ASCII);
            d.writeInt(data.length);
            d.write(t);
            d.write(data);
            CRC32 crc = new CRC32();
            crc.update(t);
            crc.update(data);
            d.writeInt((int) crc.getValue());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] encoded(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
