package ogireport.format2019;

import java.io.IOException;
import java.io.IOException;
import com.fasterxml.jackson.core.*;
import com.fasterxml.jackson.databind.*;
import com.fasterxml.jackson.databind.annotation.*;
import com.fasterxml.jackson.core.type.*;

/**
 * 采购总金额: Total procurement amount
 *
 * 数值单元格: A reported cell: a value, null for a blank (never zero), or the text printed
 * instead of a number.
 */
@JsonDeserialize(using = DecimalCell.Deserializer.class)
@JsonSerialize(using = DecimalCell.Serializer.class)
public class DecimalCell {
    public RawCell rawCellValue;
    public String stringValue;

    static class Deserializer extends JsonDeserializer<DecimalCell> {
        @Override
        public DecimalCell deserialize(JsonParser jsonParser, DeserializationContext deserializationContext) throws IOException, JsonProcessingException {
            DecimalCell value = new DecimalCell();
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
                default: throw new IOException("Cannot deserialize DecimalCell");
            }
            return value;
        }
    }

    static class Serializer extends JsonSerializer<DecimalCell> {
        @Override
        public void serialize(DecimalCell obj, JsonGenerator jsonGenerator, SerializerProvider serializerProvider) throws IOException {
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
