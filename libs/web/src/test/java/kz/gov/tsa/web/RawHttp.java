package kz.gov.tsa.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;

/**
 * Sends exact bytes to the test server (HTTP clients refuse or re-encode NUL, non-ASCII and blank header values).
 *
 * @param status      the response status
 * @param contentType the response {@code Content-Type}, or null
 * @param body        the response body
 */
record RawHttp(int status, String contentType, String body) {

    /** Sends {@code head} (lines without CRLF; {@code Host} and {@code Connection: close} are added) and a body. */
    static RawHttp send(String method, String target, byte[] body, String... headers) throws IOException {
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        request.write((method + " " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        for (String header : headers) {
            request.write((header + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        request.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
        request.write(body);
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.toByteArray());
            socket.getOutputStream().flush();
            return parse(socket.getInputStream().readAllBytes());
        }
    }

    static RawHttp get(String target, String... headers) throws IOException {
        return send("GET", target, new byte[0], headers);
    }

    private static RawHttp parse(byte[] response) {
        String text = new String(response, StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        String head = end < 0 ? text : text.substring(0, end);
        String body = end < 0 ? "" : text.substring(end + 4);
        String[] lines = head.split("\r\n");
        int status = lines.length == 0 || lines[0].length() < 12 ? -1 : Integer.parseInt(lines[0].substring(9, 12));
        String contentType = null;
        for (String line : lines) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-type:")) {
                contentType = line.substring("content-type:".length()).trim();
            }
        }
        return new RawHttp(status, contentType, body);
    }

    JsonPath json() {
        return JsonPath.from(body);
    }
}
