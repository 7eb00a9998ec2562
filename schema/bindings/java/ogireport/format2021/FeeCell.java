package ogireport.format2021;

import java.io.IOException;
import java.io.IOException;
import com.fasterxml.jackson.core.*;
import com.fasterxml.jackson.databind.*;
import com.fasterxml.jackson.databind.annotation.*;
import com.fasterxml.jackson.core.type.*;

/**
 * 本年收费金额（单位：万元）: Fees collected this year (10,000 yuan)
 *
 * 金额单元格（万元）: A reported cell: a value, null for a blank (never zero), or the text printed
 * instead of a number.
 */
@JsonDeserialize(using = FeeCell.Deserializer.class)
@JsonSerialize(using = FeeCell.Serializer.class)
public class FeeCell {
    public RawCell rawCellValue;
    public String stringValue;

    static class Deserializer extends JsonDeserializer<FeeCell> {
        @Override
        public FeeCell deserialize(JsonParser jsonParser, DeserializationContext deserializationContext) throws IOException, JsonProcessingException {
            FeeCell value = new FeeCell();
            switch (jsonParser.currentToken()) {
                case VALUE_NULL:
                    break;
                case VALUE_STRING:
                    String string = jsonParser.readValueAs(String.class);
                    value.stringValue = string;
                    break;
                case START_OBJECT:
                    value.rawCellValue = jsonParser.readValueAs(RawCell.class);
                    break;
                default: throw new IOException("Cannot deserialize FeeCell");
            }
            return value;
        }
    }

    static class Serializer extends JsonSerializer<FeeCell> {
        @Override
        public void serialize(FeeCell obj, JsonGenerator jsonGenerator, SerializerProvider serializerProvider) throws IOException {
            if (obj.rawCellValue != null) {
                jsonGenerator.writeObject(obj.rawCellValue);
                return;
            }
            if (obj.stringValue != null) {
                jsonGenerator.writeObject(obj.stringValue);
                return;
            }
            jsonGenerator.writeNull();
        }
    }
}
