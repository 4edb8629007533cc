package org.newskg.ingest.fetch;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body up to a byte cap and stops reading (cancels the stream) past it, so a
 * huge or endless body costs at most the cap, whatever Content-Length claims.
 */
public final class CappedBody implements HttpResponse.BodySubscriber<CappedBody.Result> {
    /** The body, at most the cap, and whether more was sent. */
    public record Result(byte[] bytes, boolean truncated) {
    }

    private final long cap;
    private final ByteArrayOutputStream buf = new ByteArrayOutputStream();
    private final CompletableFuture<Result> result = new CompletableFuture<>();
    private Flow.Subscription subscription;

    public CappedBody(long cap) {
        this.cap = cap;
    }

    @Override
    public CompletionStage<Result> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        s.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        for (ByteBuffer b : items) {
            int room = (int) Math.min(Integer.MAX_VALUE, cap - buf.size());
            int n = Math.min(room, b.remaining());
            byte[] chunk = new byte[n];
            b.get(chunk);
            buf.write(chunk, 0, n);
            if (b.hasRemaining()) {
                subscription.cancel();
                result.complete(new Result(buf.toByteArray(), true));
                return;
            }
        }
        subscription.request(1);
    }

    @Override
    public void onError(Throwable t) {
        result.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
        result.complete(new Result(buf.toByteArray(), false));
    }
}
