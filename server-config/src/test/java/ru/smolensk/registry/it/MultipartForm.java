package ru.smolensk.registry.it;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

/** A {@code multipart/form-data} body with one file part, as a browser's upload form sends it. */
record MultipartForm(String contentType, byte[] body) {

    private static final String BOUNDARY = "----registry-test-boundary";

    /** The form whose field of this name carries a file of this name, media type and content. */
    static MultipartForm withFile(String field, String fileName, String mediaType, byte[] content) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: " + mediaType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return new MultipartForm("multipart/form-data; boundary=" + BOUNDARY, body.toByteArray());
    }

    /** The form as the body of a POST. */
    HttpRequest.BodyPublisher publisher() {
        return HttpRequest.BodyPublishers.ofByteArray(body);
    }
}
