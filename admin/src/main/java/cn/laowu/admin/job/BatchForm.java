package cn.laowu.admin.job;

import cn.laowu.core.placement.DispatchService.NewBatch;
import org.springframework.format.annotation.DateTimeFormat;

import java.io.Serializable;
import java.time.LocalDate;

/** A new 集中输送 batch as the job page's form carries it; kept in the flash when it is refused. */
public class BatchForm implements Serializable {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate departOn;
    private String meetingPoint;
    private String escort;
    private String destination;

    public NewBatch toNewBatch() {
        return new NewBatch(departOn, meetingPoint, escort, destination);
    }

    public LocalDate getDepartOn() {
        return departOn;
    }

    public void setDepartOn(LocalDate departOn) {
        this.departOn = departOn;
    }

    public String getMeetingPoint() {
        return meetingPoint;
    }

    public void setMeetingPoint(String meetingPoint) {
        this.meetingPoint = meetingPoint;
    }

    public String getEscort() {
        return escort;
    }

    public void setEscort(String escort) {
        this.escort = escort;
    }

    public String getDestination() {
        return destination;
    }

    public void setDestination(String destination) {
        this.destination = destination;
    }
}
