/** The rituximab-low-dose regimen for the "Your patient" page: the dose calculator's own script for it (dose/regimens.ts). */
import '../../dose/on-choice/rituximab-low-dose';
