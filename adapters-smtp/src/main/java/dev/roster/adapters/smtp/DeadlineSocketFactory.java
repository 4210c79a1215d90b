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
    private final ThreadLocal<Long> nextDeadline = new ThreadLocal<>();

    /** The next socket this thread makes must be done with its first exchange by {@code nanos}. */
    void armNext(long nanos) {
        nextDeadline.set(nanos);
    }

    /** {@return the socket this thread's last connect made, once} */
    DeadlineSocket takeLast() {
        DeadlineSocket socket = last.get();
        last.remove();
        nextDeadline.remove();
        return socket;
    }

    @Override
    public Socket createSocket() {
        DeadlineSocket socket = new DeadlineSocket();
        Long deadline = nextDeadline.get();
        if (deadline != null) {
            socket.deadline(deadline);
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
