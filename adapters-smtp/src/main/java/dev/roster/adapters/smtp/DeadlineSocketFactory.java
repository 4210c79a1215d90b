package dev.roster.adapters.smtp;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import javax.net.SocketFactory;

/**
 * Hands Jakarta Mail {@link DeadlineSocket}s and remembers, per thread, the last one it made, so
 * the connection that thread just opened can set deadlines on its own socket.
 */
final class DeadlineSocketFactory extends SocketFactory {
    private final ThreadLocal<DeadlineSocket> last = new ThreadLocal<>();
    private final ThreadLocal<java.time.Duration> nextBudget = new ThreadLocal<>();
    private final java.util.function.LongSupplier ticker;

    /** @param ticker the time the sockets' deadlines are measured in, nanoseconds */
    DeadlineSocketFactory(java.util.function.LongSupplier ticker) {
        this.ticker = ticker;
    }

    /** The next socket this thread makes must be done with its first exchange within {@code budget} of being made. */
    void armNext(java.time.Duration budget) {
        nextBudget.set(budget);
    }

    /** {@return the socket this thread's last connect made, once} */
    DeadlineSocket takeLast() {
        DeadlineSocket socket = last.get();
        last.remove();
        nextBudget.remove();
        return socket;
    }

    @Override
    public Socket createSocket() {
        DeadlineSocket socket = new DeadlineSocket(ticker);
        java.time.Duration budget = nextBudget.get();
        if (budget != null) {
            socket.deadlineIn(budget);
        }
        last.set(socket);
        return socket;
    }

    @Override
    public Socket createSocket(String host, int port) throws java.io.IOException {
        Socket socket = createSocket();
        socket.connect(new InetSocketAddress(host, port));
        return socket;
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws java.io.IOException {
        Socket socket = createSocket();
        socket.bind(new InetSocketAddress(localHost, localPort));
        socket.connect(new InetSocketAddress(host, port));
        return socket;
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws java.io.IOException {
        Socket socket = createSocket();
        socket.connect(new InetSocketAddress(host, port));
        return socket;
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) throws java.io.IOException {
        Socket socket = createSocket();
        socket.bind(new InetSocketAddress(localAddress, localPort));
        socket.connect(new InetSocketAddress(address, port));
        return socket;
    }
}
