package vn.motcua.web.internal;

/** Takes an uploaded jar from a raw body or from the first file part of a multipart form (the admin console). */
final class MultipartJar {
    private MultipartJar() {
    }

    static byte[] extract(ApiCall call, int limit) {
        MultipartBody body = MultipartBody.read(call, limit);
        if (!body.multipart()) {
            return body.fields();
        }
        if (body.files().isEmpty()) {
            return new byte[0];
        }
        byte[] jar = body.files().get(0).content();
        if (jar.length > limit) {
            throw ApiProblem.of(413, "body_too_large", "Tệp quá lớn", "Tệp vượt quá " + (limit / 1024 / 1024) + " MB.");
        }
        return jar;
    }
}
