package vn.motcua.pages.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.ByteArrayInputStream;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;

/** Requests and parts answering only what the readers ask, so the tests need no container. */
final class FakeRequests {

    private FakeRequests() {
    }

    static HttpServletRequest request(Map<String, Object> answers) {
        return (HttpServletRequest) Proxy.newProxyInstance(FakeRequests.class.getClassLoader(), new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> {
                    String name = method.getName();
                    if (answers.containsKey(name)) {
                        Object a = answers.get(name);
                        if (a instanceof Throwable t) {
                            throw t; // checked ones only where the method declares them, like the container
                        }
                        return a;
                    }
                    return switch (name) {
                        case "getParameterMap" -> Map.of();
                        case "isSecure" -> false;
                        case "getRemoteAddr" -> "127.0.0.1";
                        default -> null;
                    };
                });
    }

    static Part part(String name, String fileName, String type, byte[] content) {
        return (Part) Proxy.newProxyInstance(FakeRequests.class.getClassLoader(), new Class<?>[] {Part.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getName" -> name;
                    case "getSubmittedFileName" -> fileName;
                    case "getContentType" -> type;
                    case "getInputStream" -> new ByteArrayInputStream(content);
                    case "getSize" -> (long) content.length;
                    default -> null;
                });
    }

    static List<Part> parts(Part... parts) {
        return List.of(parts);
    }
}
