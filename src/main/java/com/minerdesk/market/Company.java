package com.minerdesk.market;

/** A listed miner as stored: the profile shown on its page. */
public record Company(
        long id,
        String ticker,
        String name,
        String exchange,
        String country,
        String website,
        String profile,
        AiHpcStatus aiHpcStatus) {
}
