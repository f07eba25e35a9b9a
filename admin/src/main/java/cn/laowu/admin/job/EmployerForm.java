package cn.laowu.admin.job;

import cn.laowu.core.job.JobService.NewEmployer;

/** A partner employer as the registration form carries it. */
public class EmployerForm {

    private String name;
    private String location;
    private String contact;
    private String description;

    public NewEmployer toNewEmployer() {
        // The columns' widths, so an over-long entry gets an answer instead of a database error.
        JobForm.limit(contact, "联系人及电话", 128);
        JobForm.limit(description, "企业简介", 1000);
        return new NewEmployer(name, location, contact, description);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
