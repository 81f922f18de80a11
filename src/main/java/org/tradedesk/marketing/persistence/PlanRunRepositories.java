package org.tradedesk.marketing.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface ComplianceAnswerRepository extends Repository<ComplianceAnswerEntity, Long> {

    ComplianceAnswerEntity saveAndFlush(ComplianceAnswerEntity entity);

    Optional<ComplianceAnswerEntity> findByActivityIdAndItemCode(long activityId, String itemCode);

    List<ComplianceAnswerEntity> findByActivityIdOrderByIdAsc(long activityId);
}

interface ActivityReadyRepository extends Repository<ActivityReadyEntity, Long> {

    ActivityReadyEntity saveAndFlush(ActivityReadyEntity entity);

    Optional<ActivityReadyEntity> findById(Long activityId);

    List<ActivityReadyEntity> findByActivityIdIn(Collection<Long> activityIds);

    void deleteById(Long activityId);
}

interface SpendRepository extends Repository<SpendEntity, Long> {

    SpendEntity saveAndFlush(SpendEntity entity);

    List<SpendEntity> findByCampaignIdOrderBySpentOnAscIdAsc(long campaignId);

    /** Per campaign: its id and the spend converted to its company currency (one grouped query for the dashboard). */
    @Query("select s.campaignId, sum(s.convertedAmount) from SpendEntity s where s.campaignId in :ids group by s.campaignId")
    List<Object[]> totalsByCampaign(@Param("ids") Collection<Long> ids);
}

interface CampaignDecisionRepository extends Repository<CampaignDecisionEntity, Long> {

    CampaignDecisionEntity saveAndFlush(CampaignDecisionEntity entity);

    Optional<CampaignDecisionEntity> findById(Long campaignId);
}
