package org.rapidstart.provisioning.preference;

import org.springframework.data.jpa.repository.JpaRepository;

interface AccountPreferences extends JpaRepository<AccountPreference, Long> {

}
