package ogireport.format2019;

import java.io.IOException;
import java.io.IOException;
import com.fasterxml.jackson.core.*;
import com.fasterxml.jackson.databind.*;
import com.fasterxml.jackson.databind.annotation.*;
import com.fasterxml.jackson.core.type.*;

/**
 * 上一年项目数量: Items last year
 *
 * 件数单元格: A reported cell: a value, null for a blank (never zero), or the text printed
 * instead of a number.
 *
 * 处理决定数量: Decisions made
 *
 * 本年新制作数量: Newly made this year
 *
 * 本年新公开数量: Newly published this year
 *
 * 对外公开总数量: Published in all
 *
 * 采购项目数量: Procurement projects
 *
 * 商业企业: Applications from commercial enterprises.
 *
 * 法律服务机构: Applications from legal service institutions.
 *
 * 自然人: Applications from natural persons.
 *
 * 法人或其他组织小计: A subtotal of the five organisation columns, printed only by some local
 * templates. Absent or null where the table has no such column; a table that prints it has
 * it in every row, null where blank.
 *
 * 其他: Applications from other organisations.
 *
 * 社会公益组织: Applications from public-welfare organisations.
 *
 * 科研机构: Applications from research institutions.
 *
 * 总计: Applications from all applicants.
 *
 * 结果纠正: Cases where it was corrected.
 *
 * 其他结果: Cases with another result.
 *
 * 尚未审结: Cases not yet concluded.
 *
 * 总计: All cases of the block.
 *
 * 结果维持: Cases where the agency's handling was upheld.
 */
@JsonDeserialize(using = CountCell.Deserializer.class)
@JsonSerialize(using = CountCell.Serializer.class)
public class CountCell {
    public Long integerValue;
    public RawCell rawCellValue;

    static class Deserializer extends JsonDeserializer<CountCell> {
        @Override
        public CountCell deserialize(JsonParser jsonParser, DeserializationContext deserializationContext) throws IOException, JsonProcessingException {
            CountCell value = new CountCell();
            switch (jsonParser.currentToken()) {
                case VALUE_NULL:
                    break;
                case VALUE_NUMBER_INT:
                    value.integerValue = jsonParser.readValueAs(Long.class);
                    break;
                case START_OBJECT:
                    value.rawCellValue = jsonParser.readValueAs(RawCell.class);
                    break;
                default: throw new IOException("Cannot deserialize CountCell");
            }
            return value;
        }
    }

    static class Serializer extends JsonSerializer<CountCell> {
        @Override
        public void serialize(CountCell obj, JsonGenerator jsonGenerator, SerializerProvider serializerProvider) throws IOException {
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
