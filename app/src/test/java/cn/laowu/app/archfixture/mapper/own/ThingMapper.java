package cn.laowu.app.archfixture.mapper.own;

/** A feature's mapper, for ArchitectureTest to prove that foreign use is caught. */
public interface ThingMapper {
    int count();
}
