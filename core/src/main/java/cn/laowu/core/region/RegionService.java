package cn.laowu.core.region;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

@Service
public class RegionService {

    private final RegionMapper regions;

    public RegionService(RegionMapper regions) {
        this.regions = regions;
    }

    public List<Region> inScope(RegionScope scope) {
        return regions.selectList(scope.applyTo(new LambdaQueryWrapper<Region>(), Region::getPath)
                .orderByAsc(Region::getPath));
    }

    public Optional<Region> find(String code) {
        return Optional.ofNullable(code == null ? null : regions.selectById(code));
    }

    public Region get(String code) {
        return find(code).orElseThrow(() -> new IllegalArgumentException("No region with code " + code));
    }

    public List<Region> children(String parentCode) {
        return regions.selectList(new LambdaQueryWrapper<Region>()
                .eq(Region::getParentCode, parentCode)
                .orderByAsc(Region::getSortOrder, Region::getCode));
    }

    public List<Region> topLevel() {
        return regions.selectList(new LambdaQueryWrapper<Region>()
                .isNull(Region::getParentCode)
                .orderByAsc(Region::getSortOrder, Region::getCode));
    }

    /** Regions at or below {@code scope} whose name contains the text: "typing its name" in a dialog. */
    public List<Region> searchByName(Region scope, String text, int limit) {
        return regions.selectList(RegionScope.of(scope).applyTo(new LambdaQueryWrapper<Region>(), Region::getPath)
                .like(Region::getName, text)
                .orderByAsc(Region::getPath)
                .last("LIMIT " + Math.max(1, Math.min(limit, 100))));
    }

    public long count() {
        return regions.selectCount(null);
    }

    /**
     * Adds a division under {@code parentCode} (null for a 州/市). Its level follows from the
     * parent's and its code must be the official one: the right length and inside the parent's code.
     */
    @Transactional
    public Region create(String code, String name, String parentCode, int sortOrder) {
        Region parent = parentCode == null ? null : get(parentCode);
        RegionLevel level = parent == null ? RegionLevel.PREFECTURE : parent.getLevel().child();
        if (level == null) {
            throw new IllegalArgumentException("A village cannot have divisions below it");
        }
        if (code == null || !code.matches("\\d{" + level.codeLength() + "}")) {
            throw new IllegalArgumentException(level.label() + "代码应为" + level.codeLength() + "位数字");
        }
        if (parent != null && !code.startsWith(significantPrefix(parent)) || code.equals(parentCode)) {
            throw new IllegalArgumentException("代码 " + code + " 不在上级 " + parentCode + " 之内");
        }
        if (name == null || name.isBlank() || name.length() > 64) {
            throw new IllegalArgumentException("名称不能为空,最多64个字");
        }
        Region region = new Region();
        region.setCode(code);
        region.setParentCode(parentCode);
        region.setName(name.trim());
        region.setLevel(level);
        region.setPath((parent == null ? "/" : parent.getPath()) + code + "/");
        region.setSortOrder(sortOrder);
        regions.insert(region);
        return region;
    }

    /** The phone workers are given for the region's office; blank clears it. */
    public void setOfficePhone(String code, String phone) {
        String value = phone == null || phone.isBlank() ? null : phone.strip();
        if (value != null && !value.matches("[0-9+\\- ]{3,32}")) {
            throw new IllegalArgumentException("电话只能有数字和短横线,最多32位");
        }
        Region region = get(code);
        region.setOfficePhone(value);
        regions.update(null, new LambdaUpdateWrapper<Region>().eq(Region::getCode, code)
                .set(Region::getOfficePhone, value));
    }

    /** The region and those above it, the region first: "/433100/433101/433101102/" → 矮寨镇, 吉首市, 湘西州. */
    public List<Region> selfAndAncestors(String path) {
        List<String> codes = new ArrayList<>(Arrays.stream(path.split("/")).filter(c -> !c.isEmpty()).toList());
        Collections.reverse(codes);
        List<Region> found = codes.isEmpty() ? List.of() : regions.selectByIds(codes);
        return codes.stream().flatMap(code -> found.stream().filter(r -> r.getCode().equals(code))).toList();
    }

    /** 433100 (州) → "4331": its counties are 4331xx. Lower levels nest by their full code. */
    private static String significantPrefix(Region parent) {
        return parent.getLevel() == RegionLevel.PREFECTURE ? parent.getCode().substring(0, 4) : parent.getCode();
    }
}
