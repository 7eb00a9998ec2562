package ogireport.format2021;

import com.fasterxml.jackson.annotation.*;

/**
 * 来源: Where the report was found.
 */
public class Source {
    private String title;
    private String url;

    /**
     * 标题: The title of the page or document as published.
     */
    @JsonProperty("title")
    public String getTitle() { return title; }
    @JsonProperty("title")
    public void setTitle(String value) { this.title = value; }

    /**
     * 网址: The address of the page or document: an absolute URL (`https://…`).
     */
    @JsonProperty("url")
    public String getURL() { return url; }
    @JsonProperty("url")
    public void setURL(String value) { this.url = value; }
}
