package cn.laowu.admin.broker;

import java.io.Serializable;

/** A broker as the registration form carries it; kept in the flash when the form is refused. */
public class BrokerForm implements Serializable {

    private String name;
    private String qualification;
    private String regionCode;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getQualification() {
        return qualification;
    }

    public void setQualification(String qualification) {
        this.qualification = qualification;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }
}
