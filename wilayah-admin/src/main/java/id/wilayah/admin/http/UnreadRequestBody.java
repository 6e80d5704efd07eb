package id.wilayah.admin.http;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Ends the connection of a request whose body the application will not read, instead of letting Payara's HTTP layer
 * read what is left of it. Without this, Grizzly reads a chunked body to its end after any answer, a refusal with
 * {@code Connection: close} included, so a stranger refused at once could still push gigabytes through the server.
 * Marking the body broken is the one switch Grizzly has for it (the HTTP listener's {@code max-swallowing-input-bytes}
 * covers declared lengths only); the Servlet API has none, so it is reached through Payara's request classes by name.
 * A body that arrived whole is not affected: the connection stays open for the next request.
 */
public final class UnreadRequestBody {
    private static final Logger LOG = Logger.getLogger(UnreadRequestBody.class.getName());
    /** Found at the first request, through the class loader of Payara's own request class. */
    private static volatile Optional<MethodHandle> markBroken;

    private UnreadRequestBody() {
    }

    /**
     * Whether the request came over HTTP/2, where a stream ends on its own and connection headers are forbidden, so
     * neither a dropped body nor {@code Connection: close} applies.
     */
    public static boolean overHttp2(ServletRequest request) {
        return request.getProtocol().startsWith("HTTP/2");
    }

    /** Tells the HTTP layer to close the connection rather than read the rest of this request's body. */
    public static void drop(ServletRequest request) {
        if (overHttp2(request) || arrivedWhole(request)) {
            // Marking a body that arrived whole as broken would hold the answer back until the connection times out.
            return;
        }
        ServletRequest unwrapped = request;
        while (unwrapped instanceof ServletRequestWrapper wrapper) {
            unwrapped = wrapper.getRequest();
        }
        Optional<MethodHandle> mark = markBroken;
        if (mark == null) {
            mark = markBrokenHandle(unwrapped.getClass().getClassLoader());
            markBroken = mark;
        }
        if (mark.isPresent()) {
            try {
                mark.get().invoke(unwrapped);
            } catch (Throwable notPayarasRequest) {
                LOG.log(Level.FINE, "Could not mark an unread request body", notPayarasRequest);
            }
        }
    }

    private static boolean arrivedWhole(ServletRequest request) {
        try {
            return request.getInputStream().isFinished();
        } catch (IllegalStateException | IOException readAsText) {
            // Read through its reader: a form the application parsed to its end.
            return true;
        }
    }

    /** Payara's facade → its Catalina request → Grizzly's request → the HTTP packet: {@code setContentBroken(true)}. */
    private static Optional<MethodHandle> markBrokenHandle(ClassLoader server) {
        try {
            Class<?> facade = load("org.apache.catalina.connector.RequestFacade", server);
            Class<?> catalinaRequest = load("org.apache.catalina.connector.Request", server);
            Class<?> grizzlyRequest = load("org.glassfish.grizzly.http.server.Request", server);
            Class<?> packet = load("org.glassfish.grizzly.http.HttpRequestPacket", server);
            Class<?> header = load("org.glassfish.grizzly.http.HttpHeader", server);
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            MethodHandle unwrap = lookup.findVirtual(facade, "getUnwrappedCoyoteRequest",
                    MethodType.methodType(catalinaRequest));
            MethodHandle coyote = lookup.findVirtual(catalinaRequest, "getCoyoteRequest",
                    MethodType.methodType(grizzlyRequest));
            MethodHandle httpPacket = lookup.findVirtual(grizzlyRequest, "getRequest", MethodType.methodType(packet));
            MethodHandle broken = MethodHandles.insertArguments(lookup.findVirtual(header, "setContentBroken",
                    MethodType.methodType(void.class, boolean.class)), 1, true);
            MethodHandle chain = MethodHandles.filterArguments(MethodHandles.filterArguments(
                    MethodHandles.filterArguments(broken.asType(MethodType.methodType(void.class, packet)), 0,
                            httpPacket), 0, coyote), 0, unwrap);
            return Optional.of(chain.asType(MethodType.methodType(void.class, ServletRequest.class)));
        } catch (ReflectiveOperationException | RuntimeException otherContainer) {
            LOG.log(Level.WARNING, "Unread request bodies cannot be dropped on this server; the HTTP layer may read"
                    + " them to their end", otherContainer);
            return Optional.empty();
        }
    }

    private static Class<?> load(String name, ClassLoader loader) throws ClassNotFoundException {
        return Class.forName(name, false, loader);
    }
}
