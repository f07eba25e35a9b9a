package cn.laowu.core.job;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;

import java.time.LocalDateTime;

/** A partner employer. Its jobs are published only after the office has vetted it (考察). */
@TableName("employer")
public class Employer {

    @TableId(type = IdType.AUTO)
    private Long id;
    
    private String name;
    private String location;
    private String contact;
    private String description;
    private String ownerRegionPath;
    private LocalDateTime vettedAt;
    private String vettedBy;
    private String vetNotes;
    private LocalDateTime createdAt;
    private LocalDateTime updatedAt;
    

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public boolean isVetted() {
        return vettedAt != null;
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

    public String getOwnerRegionPath() {
        return ownerRegionPath;
    }

    public void setOwnerRegionPath(String ownerRegionPath) {
        this.ownerRegionPath = ownerRegionPath;
    }

    public LocalDateTime getVettedAt() {
        return vettedAt;
    }

    public void setVettedAt(LocalDateTime vettedAt) {
        this.vettedAt = vettedAt;
    }

    public String getVettedBy() {
        return vettedBy;
    }

    public void setVettedBy(String vettedBy) {
        this.vettedBy = vettedBy;
    }

    public String getVetNotes() {
        return vetNotes;
    }

    public void setVetNotes(String vetNotes) {
        this.vetNotes = vetNotes;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(LocalDateTime createdAt) {
        this.createdAt = createdAt;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(LocalDateTime updatedAt) {
        this.updatedAt = updatedAt;
    }
}
