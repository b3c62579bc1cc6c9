package com.minerdesk.web;

import java.time.LocalDate;

/**
 * The picture a page is shared with ({@code og:image}, {@code twitter:image}): a write-up's featured
 * image, or the card the server draws for a write-up, week or company page ({@code sharing}).
 *
 * @param path the image's path on this site (the layout makes it absolute)
 */
public record ShareImage(String path, int width, int height, String alt) {
    public static final int CARD_WIDTH = 1200;
    public static final int CARD_HEIGHT = 630;

    public static ShareImage weekCard(LocalDate weekEnd) {
        return card("/cards/weeks/" + weekEnd + ".png", "The listed Bitcoin miners' week ending " + weekEnd + " in figures");
    }

    public static ShareImage companyCard(String ticker) {
        return card("/cards/companies/" + ticker + ".png", ticker + "'s latest weekly figures and share price");
    }

    public static ShareImage writeupCard(String slug, String title) {
        return card("/cards/writeups/" + slug + ".png", title);
    }

    private static ShareImage card(String path, String alt) {
        return new ShareImage(path, CARD_WIDTH, CARD_HEIGHT, alt);
    }
}
