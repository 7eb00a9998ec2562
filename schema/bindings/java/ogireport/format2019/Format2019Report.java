package ogireport.format2019;

import com.fasterxml.jackson.annotation.*;

/**
 * 政府信息公开工作年度报告（2019年格式）: An annual report in the trial format of 2019 (report years 2019
 * and 2020).
 */
public class Format2019Report {
    private Edition edition;
    private Meta meta;
    private OtherMatters otherMatters;
    private Narrative overview;
    private String preamble;
    private Proactive2019 proactive;
    private Narrative problems;
    private Requests requests;
    private ReviewLitigation reviewLitigation;

    /**
     * 版本: The edition tag, always `"format_2019"`.
     */
    @JsonProperty("edition")
    public Edition getEdition() { return edition; }
    @JsonProperty("edition")
    public void setEdition(Edition value) { this.edition = value; }

    /**
     * 报告基本信息: Who published the report and for which year.
     */
    @JsonProperty("meta")
    public Meta getMeta() { return meta; }
    @JsonProperty("meta")
    public void setMeta(Meta value) { this.meta = value; }

    /**
     * 六、其他需要报告的事项: Other matters to report
     */
    @JsonProperty("other_matters")
    public OtherMatters getOtherMatters() { return otherMatters; }
    @JsonProperty("other_matters")
    public void setOtherMatters(OtherMatters value) { this.otherMatters = value; }

    /**
     * 一、总体情况: Overview
     */
    @JsonProperty("overview")
    public Narrative getOverview() { return overview; }
    @JsonProperty("overview")
    public void setOverview(Narrative value) { this.overview = value; }

    /**
     * 报告导语: Text printed before part 1 (an opening paragraph naming the report's basis), when
     * any.
     */
    @JsonProperty("preamble")
    public String getPreamble() { return preamble; }
    @JsonProperty("preamble")
    public void setPreamble(String value) { this.preamble = value; }

    /**
     * 二、主动公开政府信息情况: Proactive disclosure
     */
    @JsonProperty("proactive")
    public Proactive2019 getProactive() { return proactive; }
    @JsonProperty("proactive")
    public void setProactive(Proactive2019 value) { this.proactive = value; }

    /**
     * 五、存在的主要问题及改进情况: Main problems and improvements
     */
    @JsonProperty("problems")
    public Narrative getProblems() { return problems; }
    @JsonProperty("problems")
    public void setProblems(Narrative value) { this.problems = value; }

    /**
     * 三、收到和处理政府信息公开申请情况: Applications received and handled
     */
    @JsonProperty("requests")
    public Requests getRequests() { return requests; }
    @JsonProperty("requests")
    public void setRequests(Requests value) { this.requests = value; }

    /**
     * 四、政府信息公开行政复议、行政诉讼情况: Administrative review and litigation
     */
    @JsonProperty("review_litigation")
    public ReviewLitigation getReviewLitigation() { return reviewLitigation; }
    @JsonProperty("review_litigation")
    public void setReviewLitigation(ReviewLitigation value) { this.reviewLitigation = value; }
}
