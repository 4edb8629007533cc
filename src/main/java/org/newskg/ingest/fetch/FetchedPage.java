package org.newskg.ingest.fetch;

/**
 * What a fetch returned.
 *
 * @param finalUrl    the url after redirects: the page's own address
 * @param contentType the Content-Type header, or null
 * @param body        at most the fetcher's byte cap
 * @param truncated   true when the body was longer than the cap and was cut
 */
public record FetchedPage(String requestedUrl, String finalUrl, String contentType, byte[] body, boolean truncated) {
}
