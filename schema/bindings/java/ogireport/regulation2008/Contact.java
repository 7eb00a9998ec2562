package ogireport.regulation2008;

import com.fasterxml.jackson.annotation.*;

/**
 * 联系方式: The contact the report gives, each part as printed.
 */
public class Contact {
    private String address;
    private String email;
    private String fax;
    private String office;
    private String phone;
    private String postcode;

    /**
     * 地址: The postal address.
     */
    @JsonProperty("address")
    public String getAddress() { return address; }
    @JsonProperty("address")
    public void setAddress(String value) { this.address = value; }

    /**
     * 电子邮箱: The e-mail address, as printed: `local@domain`.
     */
    @JsonProperty("email")
    public String getEmail() { return email; }
    @JsonProperty("email")
    public void setEmail(String value) { this.email = value; }

    /**
     * 传真: The fax number, as printed.
     */
    @JsonProperty("fax")
    public String getFax() { return fax; }
    @JsonProperty("fax")
    public void setFax(String value) { this.fax = value; }

    /**
     * 联系单位: The office to contact.
     */
    @JsonProperty("office")
    public String getOffice() { return office; }
    @JsonProperty("office")
    public void setOffice(String value) { this.office = value; }

    /**
     * 联系电话: The telephone number, as printed.
     */
    @JsonProperty("phone")
    public String getPhone() { return phone; }
    @JsonProperty("phone")
    public void setPhone(String value) { this.phone = value; }

    /**
     * 邮编: The postcode.
     */
    @JsonProperty("postcode")
    public String getPostcode() { return postcode; }
    @JsonProperty("postcode")
    public void setPostcode(String value) { this.postcode = value; }
}
