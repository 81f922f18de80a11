package org.tradedesk.marketing.persistence;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

interface CampaignRepository extends Repository<CampaignEntity, Long> {

    CampaignEntity saveAndFlush(CampaignEntity entity);

    Optional<CampaignEntity> findById(long id);

    List<CampaignEntity> findAllByOrderByPeriodStartDescIdDesc(Pageable page);

    /** The REST listing: a page with the total, newest period first. */
    @org.springframework.data.jpa.repository.Query(value = "select c from CampaignEntity c order by c.periodStart desc, c.id desc",
            countQuery = "select count(c) from CampaignEntity c")
    org.springframework.data.domain.Page<CampaignEntity> findPage(Pageable page);
}

interface ActivityRepository extends Repository<ActivityEntity, Long> {

    ActivityEntity saveAndFlush(ActivityEntity entity);

    Optional<ActivityEntity> findById(long id);

    List<ActivityEntity> findByCampaignIdOrderByIdAsc(long campaignId);

    /** Per campaign: its id, the number of activities and how many are chosen (one grouped query for the dashboard). */
    @org.springframework.data.jpa.repository.Query("select a.campaignId, count(a), sum(case when a.chosen = true then 1 else 0 end)"
            + " from ActivityEntity a where a.campaignId in :ids group by a.campaignId")
    List<Object[]> countsByCampaign(@org.springframework.data.repository.query.Param("ids") java.util.Collection<Long> ids);
}

interface SelectionRunRepository extends Repository<SelectionRunEntity, Long> {

    SelectionRunEntity saveAndFlush(SelectionRunEntity entity);

    List<SelectionRunEntity> findByCampaignIdOrderByIdDesc(long campaignId);
}

interface BudgetRepository extends Repository<BudgetEntity, Long> {

    BudgetEntity saveAndFlush(BudgetEntity entity);

    List<BudgetEntity> findByCampaignIdOrderByNumberDesc(long campaignId);

    List<BudgetEntity> findByCampaignIdIn(java.util.Collection<Long> campaignIds);
}

interface TaskRepository extends Repository<TaskEntity, Long> {

    TaskEntity saveAndFlush(TaskEntity entity);

    Optional<TaskEntity> findById(long id);

    List<TaskEntity> findByCampaignIdOrderByDueDateAscIdAsc(long campaignId);

    List<TaskEntity> findByResponsibleAndDoneFalseOrderByDueDateAsc(String responsible, Pageable page);
}

interface KpiRepository extends Repository<KpiEntity, Long> {

    KpiEntity saveAndFlush(KpiEntity entity);

    List<KpiEntity> findByCampaignIdOrderByIdAsc(long campaignId);
}

interface KpiActualRepository extends Repository<KpiActualEntity, Long> {

    KpiActualEntity saveAndFlush(KpiActualEntity entity);

    java.util.Optional<KpiActualEntity> findByKpiIdAndPeriodEnd(long kpiId, java.time.LocalDate periodEnd);

    List<KpiActualEntity> findByKpiIdInOrderByKpiIdAscPeriodEndAsc(java.util.Collection<Long> kpiIds);

    /** Every KPI target of the campaigns with its latest actual (null when none yet): campaign id, kind, target, actual. One query. */
    @org.springframework.data.jpa.repository.Query("select k.campaignId, k.kind, k.target, a.actual from KpiEntity k"
            + " left join KpiActualEntity a on a.kpiId = k.id where k.campaignId in :ids and (a.id is null or a.periodEnd ="
            + " (select max(a2.periodEnd) from KpiActualEntity a2 where a2.kpiId = k.id)) order by k.campaignId, k.id")
    List<Object[]> latestByCampaign(@org.springframework.data.repository.query.Param("ids") java.util.Collection<Long> campaignIds);
}

interface CorrectiveActionRepository extends Repository<CorrectiveActionEntity, Long> {

    CorrectiveActionEntity saveAndFlush(CorrectiveActionEntity entity);

    Optional<CorrectiveActionEntity> findById(long id);

    List<CorrectiveActionEntity> findByKpiIdInOrderByDueDateAscIdAsc(java.util.Collection<Long> kpiIds);
}
