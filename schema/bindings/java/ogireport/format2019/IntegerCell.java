package ogireport.format2019;

import java.io.IOException;
import java.io.IOException;
import com.fasterxml.jackson.core.*;
import com.fasterxml.jackson.databind.*;
import com.fasterxml.jackson.databind.annotation.*;
import com.fasterxml.jackson.core.type.*;

/**
 * 本年增/减: Change this year (signed)
 *
 * 整数单元格: A reported cell: a value, null for a blank (never zero), or the text printed
 * instead of a number.
 */
@JsonDeserialize(using = IntegerCell.Deserializer.class)
@JsonSerialize(using = IntegerCell.Serializer.class)
public class IntegerCell {
    public Long integerValue;
    public RawCell rawCellValue;

    static class Deserializer extends JsonDeserializer<IntegerCell> {
        @Override
        public IntegerCell deserialize(JsonParser jsonParser, DeserializationContext deserializationContext) throws IOException, JsonProcessingException {
            IntegerCell value = new IntegerCell();
            switch (jsonParser.currentToken()) {
                case VALUE_NULL:
                    break;
                case VALUE_NUMBER_INT:
                    value.integerValue = jsonParser.readValueAs(Long.class);
                    break;
                case START_OBJECT:
                    value.rawCellValue = jsonParser.readValueAs(RawCell.class);
                    break;
                default: throw new IOException("Cannot deserialize IntegerCell");
            }
            return value;
        }
    }

    static class Serializer extends JsonSerializer<IntegerCell> {
        @Override
        public void serialize(IntegerCell obj, JsonGenerator jsonGenerator, SerializerProvider serializerProvider) throws IOException {
            if (obj.integerValue != null) {
                jsonGenerator.writeObject(obj.integerValue);
                return;
            }
            if (obj.rawCellValue != null) {
                jsonGenerator.writeObject(obj.rawCellValue);
                return;
            }
            jsonGenerator.writeNull();
        }
    }
}
