package id.wilayah.domain.readmodel;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Stands in for a CDI event where tests wire beans by hand: keeps what is fired, in order. */
public final class RecordedEvents<T> implements Event<T> {
    public final List<T> fired = new ArrayList<>();

    @Override
    public void fire(T event) {
        fired.add(event);
    }

    @Override
    public <U extends T> CompletionStage<U> fireAsync(U event) {
        fired.add(event);
        return CompletableFuture.completedFuture(event);
    }

    @Override
    public <U extends T> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
        return fireAsync(event);
    }

    @Override
    public Event<T> select(Annotation... qualifiers) {
        return this;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <U extends T> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
        return (Event<U>) this;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <U extends T> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
        return (Event<U>) this;
    }
}
