package org.rapidstart.provisioning.preference;

import org.springframework.data.jpa.repository.JpaRepository;

interface OrganisationPreferences extends JpaRepository<OrganisationPreference, Long> {

}
