package vn.motcua.web.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Reads a JSON request body into a record, turning every kind of bad input into a problem that names the field. */
final class BodyReader {

    private final ObjectMapper json;

    BodyReader(ObjectMapper json) {
        this.json = json;
    }

    <T> T read(byte[] body, Class<T> type) {
        if (body.length == 0) {
            throw new ApiProblem(400, "empty_body", "Thiếu nội dung", "Yêu cầu cần nội dung JSON.", List.of(), Map.of());
        }
        try {
            T value = json.readValue(body, type);
            if (value == null) { // the JSON literal null: nothing a resource could read fields from
                throw new ApiProblem(400, "not_an_object", "Nội dung không hợp lệ", "Nội dung yêu cầu phải là một đối tượng JSON {…}, không phải null.",
                        List.of(), Map.of());
            }
            return value;
        } catch (UnrecognizedPropertyException e) {
            String field = path(e);
            throw new ApiProblem(400, "unknown_field", "Trường không hợp lệ", "Trường '" + field + "' không được hỗ trợ.",
                    List.of(new ApiProblem.FieldMessage(field, "unknown_field", "Trường '" + field + "' không được hỗ trợ.")), Map.of());
        } catch (MismatchedInputException e) {
            String field = path(e);
            String message = "Giá trị của '" + field + "' sai kiểu dữ liệu.";
            throw new ApiProblem(400, "wrong_type", "Sai kiểu dữ liệu", message,
                    List.of(new ApiProblem.FieldMessage(field, "wrong_type", message)), Map.of());
        } catch (JsonProcessingException e) {
            throw BodyProblems.malformed(e);
        } catch (IOException e) {
            throw ApiProblem.of(400, "unreadable_body", "Không đọc được nội dung yêu cầu",
                    "Nội dung gửi lên không đọc được dưới dạng JSON UTF-8; hãy gửi lại.");
        }
    }

    private static String path(JsonMappingException e) {
        String p = e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining("."));
        return p.replace(".[", "[");
    }
}
