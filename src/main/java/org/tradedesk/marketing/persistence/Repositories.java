package org.tradedesk.marketing.persistence;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

interface CampaignRepository extends Repository<CampaignEntity, Long> {

    CampaignEntity saveAndFlush(CampaignEntity entity);

    Optional<CampaignEntity> findById(long id);

    List<CampaignEntity> findAllByOrderByPeriodStartDescIdDesc(Pageable page);
}

interface ActivityRepository extends Repository<ActivityEntity, Long> {

    ActivityEntity saveAndFlush(ActivityEntity entity);

    Optional<ActivityEntity> findById(long id);

    List<ActivityEntity> findByCampaignIdOrderByIdAsc(long campaignId);

    List<ActivityEntity> findByCampaignIdIn(java.util.Collection<Long> campaignIds);
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
