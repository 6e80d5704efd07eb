package id.wilayah.api.http.cost;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * A response whose writes to the client run without the expensive read's server slot: a write blocks for as long as
 * the client takes to read, which is the client's time, not the server's. The permit is looked up at each write, since
 * it is taken only once the request reaches its resource, after this response was made. Jersey writes every answer
 * through the output stream, so the writer is left as it is.
 */
class ServerSlotYieldingResponse extends HttpServletResponseWrapper {
    private final HttpServletRequest request;
    private ServletOutputStream body;

    ServerSlotYieldingResponse(HttpServletRequest request, HttpServletResponse response) {
        super(response);
        this.request = request;
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (body == null) {
            body = new Body(super.getOutputStream());
        }
        return body;
    }

    @Override
    public void flushBuffer() throws IOException {
        write(super::flushBuffer);
    }

    private void write(ClientWrite write) throws IOException {
        if (!(request.getAttribute(ExpensiveReadFilter.PERMIT) instanceof ExpensiveReadLimiter.Permit permit)) {
            write.run();
            return;
        }
        permit.yieldServerSlot();
        write.run();
        // Not after a failed write: the answer ends there and would wait for a slot only to give it back.
        permit.retakeServerSlot();
    }

    private interface ClientWrite {
        void run() throws IOException;
    }

    private final class Body extends ServletOutputStream {
        private final ServletOutputStream target;

        Body(ServletOutputStream target) {
            this.target = target;
        }

        @Override
        public void write(int b) throws IOException {
            ServerSlotYieldingResponse.this.write(() -> target.write(b));
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            ServerSlotYieldingResponse.this.write(() -> target.write(bytes, offset, length));
        }

        @Override
        public void flush() throws IOException {
            ServerSlotYieldingResponse.this.write(target::flush);
        }

        @Override
        public void close() throws IOException {
            ServerSlotYieldingResponse.this.write(target::close);
        }

        @Override
        public boolean isReady() {
            return target.isReady();
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            target.setWriteListener(listener);
        }
    }
}
