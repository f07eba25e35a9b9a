package cn.laowu.core.payee;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
interface PaymentAccountMapper extends BaseMapper<PaymentAccount> {

    /** The bank of the longest card_bin prefix the number starts with (V55), or null. */
    @Select("SELECT bank_name FROM card_bin WHERE #{number} LIKE CONCAT(prefix, '%') ORDER BY LENGTH(prefix) DESC LIMIT 1")
    String bankOf(@Param("number") String number);
}
