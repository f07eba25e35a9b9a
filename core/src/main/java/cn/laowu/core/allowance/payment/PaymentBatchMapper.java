package cn.laowu.core.allowance.payment;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface PaymentBatchMapper extends BaseMapper<PaymentBatch> {
}
