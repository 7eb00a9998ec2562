package ogireport.findings;

import com.fasterxml.jackson.annotation.*;

/**
 * 说明: What is wrong, naming rows and columns by their official labels.
 *
 * 说明: What a finding says, in Chinese and in English.
 */
public class Message {
    private String en;
    private String zh;

    /**
     * 英文: The message in English.
     */
    @JsonProperty("en")
    public String getEn() { return en; }
    @JsonProperty("en")
    public void setEn(String value) { this.en = value; }

    /**
     * 中文: The message in Chinese.
     */
    @JsonProperty("zh")
    public String getZh() { return zh; }
    @JsonProperty("zh")
    public void setZh(String value) { this.zh = value; }
}
