package com.perfdash.base.download;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.awt.image.BufferedImage;
import java.util.Base64;
import java.util.Objects;
import javax.imageio.ImageIO;

/**
 * A chart as a PNG image for a document, with its caption and its size in pixels.
 *
 * @param caption the chart's title, written under the image as text
 */
public record ChartImage(String caption, byte[] png, int width, int height) {

    private static final String PREFIX = "data:image/png;base64,";

    public ChartImage {
        Objects.requireNonNull(png, "png");
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("An image needs a size");
        }
    }

    /** Reads the PNG a browser sent as a data URI (ApexCharts' {@code dataURI()}). */
    public static ChartImage fromDataUri(String caption, String dataUri) {
        if (dataUri == null || !dataUri.startsWith(PREFIX)) {
            throw new IllegalArgumentException("Not a PNG data URI");
        }
        return fromPng(caption, Base64.getDecoder().decode(dataUri.substring(PREFIX.length())));
    }

    public static ChartImage fromPng(String caption, byte[] png) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            if (image == null) {
                throw new IllegalArgumentException("Not a readable image");
            }
            return new ChartImage(caption, png, image.getWidth(), image.getHeight());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
