package se.regionkarta.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * HTTP over a plain socket, for requests HttpClient refuses to send (a bad path, a huge header)
 * and for a client that goes away in the middle of its body.
 */
final class Raw {

    private Raw() {
    }

    /** An answer: the status, the header block (lower-case names) and the body. */
    record Answer(int status, String head, String body) {

        /** Returns a header's value, or null. */
        String header(String name) {
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).strip().equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).strip();
                }
            }
            return null;
        }
    }

    /** Sends the request's bytes as given (request line and headers, then a blank line) and reads the whole answer. */
    static Answer send(int port, byte[] request) {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream().write(request);
            socket.getOutputStream().flush();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[65_536];
            try {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    all.write(buffer, 0, n);
                }
            } catch (java.net.SocketException reset) {
                // the server closed after answering a request it could not read: what came is the answer
            }
            String text = all.toString(StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            String head = end < 0 ? text : text.substring(0, end);
            String body = end < 0 ? "" : text.substring(end + 4);
            return new Answer(Integer.parseInt(head.split(" ")[1]), head, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends a GET of the target exactly as given, with extra header lines. */
    static Answer get(int port, String target, String... headerLines) {
        StringBuilder r = new StringBuilder("GET ").append(target).append(" HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n");
        for (String h : headerLines) {
            r.append(h).append("\r\n");
        }
        return send(port, r.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
    }
}
