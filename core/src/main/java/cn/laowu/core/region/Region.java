package cn.laowu.core.region;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;

/** An administrative division, identified by its official code. */
@TableName("region")
public class Region {

    @TableId(type = IdType.INPUT)
    private String code;
    private String parentCode;
    private String name;
    private RegionLevel level;
    /** "/433100/433101/": ancestors' codes and its own, so a subtree is one prefix match. */
    private String path;
    private Integer sortOrder;
    /** The office's phone (乡镇社会保障站 for a township), told to workers; null when not known. */
    private String officePhone;

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getParentCode() {
        return parentCode;
    }

    public void setParentCode(String parentCode) {
        this.parentCode = parentCode;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public RegionLevel getLevel() {
        return level;
    }

    public void setLevel(RegionLevel level) {
        this.level = level;
    }

    public String getPath() {
        return path;
    }

    public void setPath(String path) {
        this.path = path;
    }

    public Integer getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(Integer sortOrder) {
        this.sortOrder = sortOrder;
    }

    public String getOfficePhone() {
        return officePhone;
    }

    public void setOfficePhone(String officePhone) {
        this.officePhone = officePhone;
    }

    /** True when {@code other} is this region or lies below it. */
    public boolean contains(Region other) {
        return other.path.startsWith(path);
    }
}
