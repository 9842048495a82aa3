# textrepair lexicon 1
# name: science
# description: tortured phrases - thesaurus-spun technical terms in scientific papers (Cabanac, Labbe & Magazinov 2021 style), mapped to the established term
# Written for textrepair. Multiword tortured phrases are nonsense in clean text and use gate=always;
# phrases that also occur in ordinary prose use gate=spun with a clean '-' example.


# == artificial intelligence and machine learning ==
counterfeit consciousness -> artificial intelligence | gate=always conf=0.95
    + Counterfeit consciousness is changing medicine. -> Artificial intelligence is changing medicine.
    + We survey counterfeit consciousness methods. -> We survey artificial intelligence methods.
man-made consciousness -> artificial intelligence | gate=always conf=0.95
    + Applications of man-made consciousness in farming. -> Applications of artificial intelligence in farming.
man-made brainpower -> artificial intelligence | gate=always conf=0.95
    + The role of man-made brainpower in health care. -> The role of artificial intelligence in health care.
computerized reasoning -> artificial intelligence | gate=always conf=0.95
    + Computerized reasoning has advanced rapidly. -> Artificial intelligence has advanced rapidly.
counterfeit insight -> artificial intelligence | gate=always conf=0.95
counterfeit intelligence -> artificial intelligence | gate=always conf=0.95
counterfeit knowledge -> artificial intelligence | gate=always conf=0.95
man-made knowledge -> artificial intelligence | gate=always conf=0.95
man-made reasoning -> artificial intelligence | gate=always conf=0.95
profound learning -> deep learning | gate=always conf=0.9 not_after=\s+(?:experiences?|moments?|opportunit(?:y|ies)|journeys?|curves?)\b
    + We apply profound learning to brain scans. -> We apply deep learning to brain scans.
    + Profound learning models need large data sets. -> Deep learning models need large data sets.
    - It was a profound learning experience for the whole team.
profound neural organization -> deep neural network | pos=noun gate=always conf=0.95
    + Two profound neural organizations were trained. -> Two deep neural networks were trained.
profound neural system -> deep neural network | pos=noun gate=always conf=0.95
profound neural network -> deep neural network | pos=noun gate=always conf=0.95
profound convolutional neural organization -> deep convolutional neural network | pos=noun gate=always conf=0.95
profound conviction organization -> deep belief network | pos=noun gate=always conf=0.95
profound conviction network -> deep belief network | pos=noun gate=always conf=0.95
profound support learning -> deep reinforcement learning | gate=always conf=0.95
profound fortification learning -> deep reinforcement learning | gate=always conf=0.95
profound Q-organization -> deep Q-network | pos=noun gate=always conf=0.95
profound Q-network -> deep Q-network | pos=noun gate=always conf=0.95
profound highlights -> deep features | gate=always conf=0.95
deep getting to know -> deep learning | gate=always conf=0.95
deep gaining knowledge of -> deep learning | gate=always conf=0.95
machine getting to know -> machine learning | gate=always conf=0.95
    + We use machine getting to know to predict churn. -> We use machine learning to predict churn.
machine gaining knowledge of -> machine learning | gate=always conf=0.95
gadget getting to know -> machine learning | gate=always conf=0.95
gadget studying -> machine learning | gate=always conf=0.95
neural organization -> neural network | pos=noun gate=always conf=0.95
    + The neural organizations were trained for ten epochs. -> The neural networks were trained for ten epochs.
    + A neural organization predicts the load. -> A neural network predicts the load.
neural arrange -> neural network | gate=always conf=0.95
counterfeit neural organization -> artificial neural network | pos=noun gate=always conf=0.95
counterfeit neural system -> artificial neural network | pos=noun gate=always conf=0.95
counterfeit neural network -> artificial neural network | pos=noun gate=always conf=0.95
fake neural organization -> artificial neural network | pos=noun gate=always conf=0.95
fake neural system -> artificial neural network | pos=noun gate=always conf=0.95
repetitive neural organization -> recurrent neural network | pos=noun gate=always conf=0.95
intermittent neural organization -> recurrent neural network | pos=noun gate=always conf=0.95
repetitive neural system -> recurrent neural network | pos=noun gate=always conf=0.95
intermittent neural system -> recurrent neural network | pos=noun gate=always conf=0.95
convolutional neural organization -> convolutional neural network | pos=noun gate=always conf=0.95
    + A convolutional neural organization classifies the images. -> A convolutional neural network classifies the images.
convolutional neural system -> convolutional neural network | pos=noun gate=always conf=0.95
chart neural organization -> graph neural network | pos=noun gate=always conf=0.95
diagram neural organization -> graph neural network | pos=noun gate=always conf=0.95
chart convolutional organization -> graph convolutional network | pos=noun gate=always conf=0.95
diagram convolutional organization -> graph convolutional network | pos=noun gate=always conf=0.95
generative antagonistic organization -> generative adversarial network | pos=noun gate=always conf=0.95
    + We train a generative antagonistic organization on faces. -> We train a generative adversarial network on faces.
generative ill-disposed organization -> generative adversarial network | pos=noun gate=always conf=0.95
generative antagonistic network -> generative adversarial network | pos=noun gate=always conf=0.95
generative ill-disposed network -> generative adversarial network | pos=noun gate=always conf=0.95
antagonistic assaults -> adversarial attacks | gate=always conf=0.95
ill-disposed assaults -> adversarial attacks | gate=always conf=0.95
antagonistic preparing -> adversarial training | gate=always conf=0.95
long momentary memory -> long short-term memory | gate=always conf=0.95
    + A long momentary memory network models the series. -> A long short-term memory network models the series.
long transient memory -> long short-term memory | gate=always conf=0.95
long haul transient memory -> long short-term memory | gate=always conf=0.95
gated repetitive unit -> gated recurrent unit | pos=noun gate=always conf=0.95
gated intermittent unit -> gated recurrent unit | pos=noun gate=always conf=0.95
leftover organization -> residual network | pos=noun gate=always conf=0.95
remaining organization -> residual network | pos=noun gate=always conf=0.95
lingering organization -> residual network | pos=noun gate=always conf=0.95
leftover association -> residual connection | pos=noun gate=always conf=0.95
lingering association -> residual connection | pos=noun gate=always conf=0.95
skip association -> skip connection | pos=noun gate=always conf=0.95
secret layer -> hidden layer | pos=noun gate=always conf=0.95
    + The network has two secret layers. -> The network has two hidden layers.
concealed layer -> hidden layer | pos=noun gate=always conf=0.95
shrouded layer -> hidden layer | pos=noun gate=always conf=0.95
covered up layer -> hidden layer | pos=noun gate=always conf=0.95
stowed away layer -> hidden layer | pos=noun gate=always conf=0.95
secret neurons -> hidden neurons | gate=always conf=0.95
concealed neurons -> hidden neurons | gate=always conf=0.95
completely associated layer -> fully connected layer | pos=noun gate=always conf=0.95
    + Two completely associated layers follow the convolutions. -> Two fully connected layers follow the convolutions.
completely connected layer -> fully connected layer | pos=noun gate=always conf=0.95
multi-facet perceptron -> multilayer perceptron | pos=noun gate=always conf=0.95
multifaceted perceptron -> multilayer perceptron | pos=noun gate=always conf=0.95
counterfeit neuron -> artificial neuron | pos=noun gate=always conf=0.95
enactment work -> activation function | pos=noun gate=always conf=0.95
    + The enactment work is ReLU. -> The activation function is ReLU.
initiation work -> activation function | pos=noun gate=always conf=0.95
actuation work -> activation function | pos=noun gate=always conf=0.95
enactment capacity -> activation function | pos=noun gate=always conf=0.95
misfortune work -> loss function | pos=noun gate=always conf=0.95
    + The misfortune work penalises errors. -> The loss function penalises errors.
misfortune capacity -> loss function | pos=noun gate=always conf=0.95
target capacity -> objective function | pos=noun gate=always conf=0.95
wellness work -> fitness function | pos=noun gate=always conf=0.95
wellness capacity -> fitness function | pos=noun gate=always conf=0.95
prize work -> reward function | pos=noun gate=always conf=0.95
worth work -> value function | pos=noun gate=always conf=0.95
esteem work -> value function | pos=noun gate=always conf=0.95
bit work -> kernel function | pos=noun gate=always conf=0.95
portion work -> kernel function | pos=noun gate=always conf=0.95
spiral premise work -> radial basis function | pos=noun gate=always conf=0.95
    + We use a spiral premise work kernel. -> We use a radial basis function kernel.
outspread premise work -> radial basis function | pos=noun gate=always conf=0.95
spiral premise capacity -> radial basis function | pos=noun gate=always conf=0.95
outspread premise capacity -> radial basis function | pos=noun gate=always conf=0.95
spiral premise -> radial basis | gate=always conf=0.95
slope plunge -> gradient descent | gate=always conf=0.95
    + Stochastic slope plunge updates the weights. -> Stochastic gradient descent updates the weights.
angle plummet -> gradient descent | gate=always conf=0.95
slope plummet -> gradient descent | gate=always conf=0.95
inclination plunge -> gradient descent | gate=always conf=0.95
inclination drop -> gradient descent | gate=always conf=0.95
disappearing slope -> vanishing gradient | pos=noun gate=always conf=0.95
evaporating slope -> vanishing gradient | pos=noun gate=always conf=0.95
disappearing angle -> vanishing gradient | pos=noun gate=always conf=0.95
angle boosting -> gradient boosting | gate=always conf=0.95
    + Angle boosting outperformed the baseline. -> Gradient boosting outperformed the baseline.
slope boosting -> gradient boosting | gate=always conf=0.95
inclination boosting -> gradient boosting | gate=always conf=0.95
outrageous slope boosting -> extreme gradient boosting | gate=always conf=0.95
outrageous angle boosting -> extreme gradient boosting | gate=always conf=0.95
extraordinary learning machine -> extreme learning machine | pos=noun gate=always conf=0.95
outrageous learning machine -> extreme learning machine | pos=noun gate=always conf=0.95
back engendering -> backpropagation | gate=always conf=0.95
back proliferation -> backpropagation | gate=always conf=0.95
    + Weights are learned by back proliferation. -> Weights are learned by backpropagation.
back-engendering -> backpropagation | gate=always conf=0.95 id=science:back_engendering->backpropagation.2
early halting -> early stopping | gate=always conf=0.95
weight rot -> weight decay | gate=always conf=0.95
group standardization -> batch normalization | gate=always conf=0.95
clump standardization -> batch normalization | gate=always conf=0.95
clump size -> batch size | gate=always conf=0.95
move learning -> transfer learning | gate=always conf=0.95
    + We use move learning from ImageNet. -> We use transfer learning from ImageNet.
exchange learning -> transfer learning | gate=always conf=0.95
fortification learning -> reinforcement learning | gate=always conf=0.95
    + Fortification learning trains the agent. -> Reinforcement learning trains the agent.
administered learning -> supervised learning | gate=always conf=0.95
unaided learning -> unsupervised learning | gate=always conf=0.95
semi-regulated learning -> semi-supervised learning | gate=always conf=0.95
semi-administered learning -> semi-supervised learning | gate=always conf=0.95
outfit learning -> ensemble learning | gate=always conf=0.95
troupe learning -> ensemble learning | gate=always conf=0.95
outfit strategies -> ensemble methods | gate=always conf=0.95
troupe strategies -> ensemble methods | gate=always conf=0.95
outfit techniques -> ensemble methods | gate=always conf=0.95
outfit model -> ensemble model | pos=noun gate=always conf=0.95
troupe model -> ensemble model | pos=noun gate=always conf=0.95
outfit classifier -> ensemble classifier | pos=noun gate=always conf=0.95
irregular woodland -> random forest | pos=noun gate=always conf=0.95
    + An irregular woodland classifier was trained. -> A random forest classifier was trained.
    + We compare irregular woodlands with SVMs. -> We compare random forests with SVMs.
arbitrary woodland -> random forest | pos=noun gate=always conf=0.95
irregular timberland -> random forest | pos=noun gate=always conf=0.95
arbitrary timberland -> random forest | pos=noun gate=always conf=0.95
irregular woods -> random forest | gate=always conf=0.95
arbitrary woods -> random forest | gate=always conf=0.95
irregular backwoods -> random forest | pos=noun gate=always conf=0.95
arbitrary backwoods -> random forest | pos=noun gate=always conf=0.95
choice tree -> decision tree | pos=noun gate=always conf=0.9
    + A choice tree splits on entropy. -> A decision tree splits on entropy.
    + The choice trees were pruned. -> The decision trees were pruned.
choice limit -> decision boundary | pos=noun gate=always conf=0.95
choice emotionally supportive network -> decision support system | pos=noun gate=always conf=0.95
choice help framework -> decision support system | pos=noun gate=always conf=0.95
choice support framework -> decision support system | pos=noun gate=always conf=0.95
choice variable -> decision variable | pos=noun gate=always conf=0.95
choice factors -> decision variables | gate=always conf=0.95
choice creators -> decision makers | gate=always conf=0.95
choice making -> decision making | gate=always conf=0.95
    + Choice making under risk is hard. -> Decision making under risk is hard.
characterization and relapse tree -> classification and regression tree | pos=noun gate=always conf=0.95
order and relapse tree -> classification and regression tree | pos=noun gate=always conf=0.95
bolster vector machine -> support vector machine | pos=noun gate=always conf=0.95
    + A bolster vector machine separates the classes. -> A support vector machine separates the classes.
backing vector machine -> support vector machine | pos=noun gate=always conf=0.95
uphold vector machine -> support vector machine | pos=noun gate=always conf=0.95
help vector machine -> support vector machine | pos=noun gate=always conf=0.95
bolster vector relapse -> support vector regression | gate=always conf=0.95
backing vector relapse -> support vector regression | gate=always conf=0.95
k-closest neighbor -> k-nearest neighbor | pos=noun gate=always conf=0.95
    + We used a k-closest neighbor classifier. -> We used a k-nearest neighbor classifier.
k-closest neighbour -> k-nearest neighbour | pos=noun gate=always conf=0.95
k closest neighbor -> k nearest neighbor | pos=noun gate=always conf=0.95 id=science:k_closest_neighbor->k_nearest_neighbor.2
k-implies -> k-means | gate=always conf=0.95
    + k-implies clustering groups the users. -> k-means clustering groups the users.
k-implies bunching -> k-means clustering | gate=always conf=0.95
k-implies grouping -> k-means clustering | gate=always conf=0.95
fluffy c-implies -> fuzzy c-means | gate=always conf=0.95
credulous Bayes -> naive Bayes | gate=always conf=0.95
    + A credulous Bayes classifier was used. -> A naive Bayes classifier was used.
gullible Bayes -> naive Bayes | gate=always conf=0.95
innocent Bayes -> naive Bayes | gate=always conf=0.95
Bayesian organization -> Bayesian network | pos=noun gate=always conf=0.95
Bayesian deduction -> Bayesian inference | gate=always conf=0.95
Bayesian surmising -> Bayesian inference | gate=always conf=0.95
strategic relapse -> logistic regression | gate=always conf=0.95
    + Strategic relapse predicts the outcome. -> Logistic regression predicts the outcome.
calculated relapse -> logistic regression | gate=always conf=0.95
direct relapse -> linear regression | gate=always conf=0.95
straight relapse -> linear regression | gate=always conf=0.95
numerous direct relapse -> multiple linear regression | gate=always conf=0.95
various straight relapse -> multiple linear regression | gate=always conf=0.95
different direct relapse -> multiple linear regression | gate=always conf=0.95
numerous relapse -> multiple regression | gate=always conf=0.95
various relapse -> multiple regression | gate=always conf=0.95
polynomial relapse -> polynomial regression | gate=always conf=0.95
edge relapse -> ridge regression | gate=always conf=0.95
rope relapse -> lasso regression | gate=always conf=0.95
tether relapse -> lasso regression | gate=always conf=0.95
relapse investigation -> regression analysis | gate=always conf=0.95
    + A relapse investigation was performed. -> A regression analysis was performed.
relapse examination -> regression analysis | gate=always conf=0.95
relapse model -> regression model | pos=noun gate=always conf=0.95
relapse coefficient -> regression coefficient | pos=noun gate=always conf=0.95
relapse testing -> regression testing | gate=always conf=0.95
Gaussian cycle relapse -> Gaussian process regression | gate=always conf=0.95
Gaussian interaction relapse -> Gaussian process regression | gate=always conf=0.95
Gaussian procedure relapse -> Gaussian process regression | gate=always conf=0.95
Gaussian blend model -> Gaussian mixture model | pos=noun gate=always conf=0.95
head part investigation -> principal component analysis | gate=always conf=0.95
    + We reduced the data with head part investigation. -> We reduced the data with principal component analysis.
head part examination -> principal component analysis | gate=always conf=0.95
head segment examination -> principal component analysis | gate=always conf=0.95
head segment investigation -> principal component analysis | gate=always conf=0.95
foremost part examination -> principal component analysis | gate=always conf=0.95
foremost part investigation -> principal component analysis | gate=always conf=0.95
essential part examination -> principal component analysis | gate=always conf=0.95
essential part investigation -> principal component analysis | gate=always conf=0.95
chief part examination -> principal component analysis | gate=always conf=0.95
chief segment investigation -> principal component analysis | gate=always conf=0.95
direct discriminant examination -> linear discriminant analysis | gate=always conf=0.95
direct discriminant investigation -> linear discriminant analysis | gate=always conf=0.95
straight discriminant examination -> linear discriminant analysis | gate=always conf=0.95
straight discriminant investigation -> linear discriminant analysis | gate=always conf=0.95
inert Dirichlet portion -> latent Dirichlet allocation | gate=always conf=0.95
idle Dirichlet designation -> latent Dirichlet allocation | gate=always conf=0.95
dormant Dirichlet allotment -> latent Dirichlet allocation | gate=always conf=0.95
inactive Dirichlet designation -> latent Dirichlet allocation | gate=always conf=0.95
dormant Dirichlet designation -> latent Dirichlet allocation | gate=always conf=0.95
idle semantic examination -> latent semantic analysis | gate=always conf=0.95
dormant semantic examination -> latent semantic analysis | gate=always conf=0.95
idle semantic investigation -> latent semantic analysis | gate=always conf=0.95
dormant semantic investigation -> latent semantic analysis | gate=always conf=0.95
dormant variable -> latent variable | pos=noun gate=always conf=0.95
inert variable -> latent variable | pos=noun gate=always conf=0.95
idle factors -> latent variables | gate=always conf=0.95
dormant factors -> latent variables | gate=always conf=0.95
dormant space -> latent space | gate=always conf=0.95
theme demonstrating -> topic modeling | gate=always conf=0.95
theme displaying -> topic modeling | gate=always conf=0.95
subject displaying -> topic modeling | gate=always conf=0.95
subject demonstrating -> topic modeling | gate=always conf=0.95
point displaying -> topic modeling | gate=always conf=0.95
measurement decrease -> dimensionality reduction | gate=always conf=0.95
dimensionality decrease -> dimensionality reduction | gate=always conf=0.95
    + Dimensionality decrease speeds up training. -> Dimensionality reduction speeds up training.
dimensional decrease -> dimensionality reduction | gate=always conf=0.95
revile of dimensionality -> curse of dimensionality | gate=always conf=0.95
scourge of dimensionality -> curse of dimensionality | gate=always conf=0.95
highlight extraction -> feature extraction | gate=always conf=0.95
    + Highlight extraction uses wavelets. -> Feature extraction uses wavelets.
include extraction -> feature extraction | gate=always conf=0.95
highlight determination -> feature selection | gate=always conf=0.95
include determination -> feature selection | gate=always conf=0.95
highlight choice -> feature selection | gate=always conf=0.95
include choice -> feature selection | gate=always conf=0.95
highlight vector -> feature vector | pos=noun gate=always conf=0.95
include vector -> feature vector | pos=noun gate=always conf=0.95
highlight map -> feature map | pos=noun gate=always conf=0.95
highlight space -> feature space | gate=always conf=0.95
highlight combination -> feature fusion | gate=always conf=0.95
highlight portrayal -> feature representation | gate=always conf=0.95
highlight designing -> feature engineering | gate=always conf=0.95
include designing -> feature engineering | gate=always conf=0.95
highlight coordinating -> feature matching | gate=always conf=0.95
highlight focuses -> feature points | gate=always conf=0.95
highlight significance -> feature importance | gate=always conf=0.95
include significance -> feature importance | gate=always conf=0.95
highlight learning -> feature learning | gate=always conf=0.95
information increase -> data augmentation | gate=always conf=0.95
information expansion -> data augmentation | gate=always conf=0.95
information enlargement -> data augmentation | gate=always conf=0.95
information driven methodology -> data-driven approach | pos=noun gate=always conf=0.95
informational index -> dataset | gate=always conf=0.95
    + The informational index has 500 images. -> The dataset has 500 images.
informational indexes -> datasets | gate=always conf=0.95
informational collection -> dataset | gate=always conf=0.95
informational collections -> datasets | gate=always conf=0.95
preparing information -> training data | gate=always conf=0.95
    + The preparing information was balanced. -> The training data was balanced.
preparing set -> training set | pos=noun gate=always conf=0.95
preparing informational index -> training dataset | gate=always conf=0.95
preparing tests -> training samples | gate=always conf=0.95
preparing stage -> training phase | pos=noun gate=always conf=0.95
preparing misfortune -> training loss | gate=always conf=0.95
preparing exactness -> training accuracy | gate=always conf=0.95
approval set -> validation set | pos=noun gate=always conf=0.95
approval information -> validation data | gate=always conf=0.95
approval exactness -> validation accuracy | gate=always conf=0.95
approval misfortune -> validation loss | gate=always conf=0.95
cross approval -> cross-validation | gate=always conf=0.95
    + Ten-fold cross approval was used. -> Ten-fold cross-validation was used.
cross-approval -> cross-validation | gate=always conf=0.95 id=science:cross_approval->cross_validation.2
k-overlap cross-approval -> k-fold cross-validation | gate=always conf=0.95
k-crease cross-approval -> k-fold cross-validation | gate=always conf=0.95
k-overlap -> k-fold | gate=always conf=0.95
k-crease -> k-fold | gate=always conf=0.95
disarray network -> confusion matrix | gate=always conf=0.95
    + The disarray network shows few errors. -> The confusion matrix shows few errors.
disarray framework -> confusion matrix | gate=always conf=0.95
disarray lattice -> confusion matrix | gate=always conf=0.95
genuine positive -> true positive | pos=noun gate=always conf=0.95
bogus positive -> false positive | pos=noun gate=always conf=0.95
    + Bogus positives were rare. -> False positives were rare.
bogus negative -> false negative | pos=noun gate=always conf=0.95
genuine negative -> true negative | pos=noun gate=always conf=0.95
bogus alert -> false alarm | pos=noun gate=always conf=0.95
bogus caution rate -> false alarm rate | gate=always conf=0.95
bogus revelation rate -> false discovery rate | gate=always conf=0.95
bogus disclosure rate -> false discovery rate | gate=always conf=0.95
exactness and review -> precision and recall | gate=always conf=0.95
accuracy and review -> precision and recall | gate=always conf=0.95
characterization exactness -> classification accuracy | gate=always conf=0.95
characterization precision -> classification accuracy | gate=always conf=0.95
arrangement exactness -> classification accuracy | gate=always conf=0.95
order exactness -> classification accuracy | gate=always conf=0.95
grouping exactness -> classification accuracy | gate=always conf=0.95
characterization execution -> classification performance | gate=always conf=0.95
characterization model -> classification model | pos=noun gate=always conf=0.95
characterization calculation -> classification algorithm | pos=noun gate=always conf=0.95
characterization issue -> classification problem | pos=noun gate=always conf=0.95
paired characterization -> binary classification | gate=always conf=0.95
double characterization -> binary classification | gate=always conf=0.95
twofold characterization -> binary classification | gate=always conf=0.95
parallel characterization -> binary classification | gate=always conf=0.95
multi-class characterization -> multi-class classification | gate=always conf=0.95
multiclass characterization -> multiclass classification | gate=always conf=0.95
multi-name characterization -> multi-label classification | gate=always conf=0.95
multi-mark characterization -> multi-label classification | gate=always conf=0.95
text characterization -> text classification | gate=always conf=0.95
picture characterization -> image classification | gate=always conf=0.95
    + Picture characterization uses a CNN. -> Image classification uses a CNN.
picture arrangement -> image classification | gate=always conf=0.95
archive characterization -> document classification | gate=always conf=0.95
report characterization -> document classification | gate=always conf=0.95
recipient working trademark -> receiver operating characteristic | gate=always conf=0.95
beneficiary working trademark -> receiver operating characteristic | gate=always conf=0.95
ROC bend -> ROC curve | pos=noun gate=always conf=0.95
region under the bend -> area under the curve | gate=always conf=0.95
zone under the bend -> area under the curve | gate=always conf=0.95
territory under the bend -> area under the curve | gate=always conf=0.95
expectation to learn and adapt -> learning curve | gate=always conf=0.95
    + The expectation to learn and adapt is steep. -> The learning curve is steep.
learning bend -> learning curve | pos=noun gate=always conf=0.95
assumption amplification -> expectation maximization | gate=always conf=0.95
assumption augmentation -> expectation maximization | gate=always conf=0.95
desire augmentation -> expectation maximization | gate=always conf=0.95
named substance acknowledgment -> named entity recognition | gate=always conf=0.95
named element acknowledgment -> named entity recognition | gate=always conf=0.95
named element acknowledgement -> named entity recognition | gate=always conf=0.95
named substance acknowledgement -> named entity recognition | gate=always conf=0.95
named element recognition -> named entity recognition | gate=always conf=0.95
named substance recognition -> named entity recognition | gate=always conf=0.95
grammatical form labeling -> part-of-speech tagging | gate=always conf=0.95
grammatical feature labeling -> part-of-speech tagging | gate=always conf=0.95
grammatical form tagging -> part-of-speech tagging | gate=always conf=0.95
normal language handling -> natural language processing | gate=always conf=0.95
    + Normal language handling tools parse the text. -> Natural language processing tools parse the text.
normal language preparing -> natural language processing | gate=always conf=0.95
characteristic language preparing -> natural language processing | gate=always conf=0.95
characteristic language handling -> natural language processing | gate=always conf=0.95
common language preparing -> natural language processing | gate=always conf=0.95
regular language handling -> natural language processing | gate=always conf=0.95
regular language preparing -> natural language processing | gate=always conf=0.95
machine interpretation -> machine translation | gate=always conf=0.95
word installing -> word embedding | gate=always conf=0.95
word inserting -> word embedding | gate=always conf=0.95
word implanting -> word embedding | gate=always conf=0.95
sack of words -> bag of words | gate=always conf=0.95
pack of words -> bag of words | gate=always conf=0.95
term recurrence -> term frequency | gate=always conf=0.95
opposite archive recurrence -> inverse document frequency | gate=always conf=0.95
converse record recurrence -> inverse document frequency | gate=always conf=0.95
converse archive recurrence -> inverse document frequency | gate=always conf=0.95
backwards report recurrence -> inverse document frequency | gate=always conf=0.95
consideration component -> attention mechanism | pos=noun gate=always conf=0.95
    + A consideration component weights the tokens. -> An attention mechanism weights the tokens.
consideration instrument -> attention mechanism | pos=noun gate=always conf=0.95
self-consideration -> self-attention | gate=always conf=0.95
multi-head consideration -> multi-head attention | gate=always conf=0.95
grouping to succession -> sequence-to-sequence | gate=always conf=0.95
succession to succession -> sequence-to-sequence | gate=always conf=0.95
arrangement to arrangement -> sequence-to-sequence | gate=always conf=0.95
feeling examination -> sentiment analysis | gate=always conf=0.95
    + Feeling examination of tweets. -> Sentiment analysis of tweets.
feeling investigation -> sentiment analysis | gate=always conf=0.95
supposition examination -> sentiment analysis | gate=always conf=0.95
supposition investigation -> sentiment analysis | gate=always conf=0.95
opinion examination -> sentiment analysis | gate=always conf=0.95
opinion investigation -> sentiment analysis | gate=always conf=0.95
notion investigation -> sentiment analysis | gate=always conf=0.95
notion examination -> sentiment analysis | gate=always conf=0.95
assessment mining -> opinion mining | gate=always conf=0.95
text rundown -> text summarization | gate=always conf=0.95
text synopsis -> text summarization | gate=always conf=0.95
programmed synopsis -> automatic summarization | gate=always conf=0.95
disdain discourse -> hate speech | gate=always conf=0.95
    + Disdain discourse spreads quickly online. -> Hate speech spreads quickly online.
scorn discourse -> hate speech | gate=always conf=0.95
abhor discourse -> hate speech | gate=always conf=0.95
loathe discourse -> hate speech | gate=always conf=0.95
counterfeit news -> fake news | gate=always conf=0.95
digital harassing -> cyberbullying | gate=always conf=0.95
digital tormenting -> cyberbullying | gate=always conf=0.95
recommender framework -> recommender system | pos=noun gate=always conf=0.95
    + Recommender frameworks rank items. -> Recommender systems rank items.
suggestion framework -> recommendation system | pos=noun gate=always conf=0.95
proposal framework -> recommendation system | pos=noun gate=always conf=0.95
community oriented sifting -> collaborative filtering | gate=always conf=0.95
collective sifting -> collaborative filtering | gate=always conf=0.95
cooperative sifting -> collaborative filtering | gate=always conf=0.95
shared sifting -> collaborative filtering | gate=always conf=0.95
synergistic sifting -> collaborative filtering | gate=always conf=0.95
substance based sifting -> content-based filtering | gate=always conf=0.95
spam sifting -> spam filtering | gate=always conf=0.95
spam separating -> spam filtering | gate=always conf=0.95
affiliation rule mining -> association rule mining | gate=always conf=0.95
affiliation rule -> association rule | pos=noun gate=always conf=0.95
successive example mining -> sequential pattern mining | gate=always conf=0.95
continuous example mining -> frequent pattern mining | gate=always conf=0.95
incessant itemset -> frequent itemset | pos=noun gate=always conf=0.95
continuous itemset -> frequent itemset | pos=noun gate=always conf=0.95
anomaly identification -> outlier detection | gate=always conf=0.95
exception identification -> outlier detection | gate=always conf=0.95
exception recognition -> outlier detection | gate=always conf=0.95
exception location -> outlier detection | gate=always conf=0.95
irregularity identification -> anomaly detection | gate=always conf=0.95
    + Irregularity identification flags fraud. -> Anomaly detection flags fraud.
oddity identification -> anomaly detection | gate=always conf=0.95
peculiarity discovery -> anomaly detection | gate=always conf=0.95
abnormality recognition -> anomaly detection | gate=always conf=0.95
inconsistency identification -> anomaly detection | gate=always conf=0.95
oddity location -> anomaly detection | gate=always conf=0.95
irregularity location -> anomaly detection | gate=always conf=0.95
master framework -> expert system | pos=noun gate=always conf=0.95
information diagram -> knowledge graph | pos=noun gate=always conf=0.95
information chart -> knowledge graph | pos=noun gate=always conf=0.95
information revelation -> knowledge discovery | gate=always conf=0.95
information disclosure -> knowledge discovery | gate=always conf=0.95
information refining -> knowledge distillation | gate=always conf=0.95
information refinement -> knowledge distillation | gate=always conf=0.95
information portrayal -> knowledge representation | gate=always conf=0.95
swarm knowledge -> swarm intelligence | gate=always conf=0.95
multitude knowledge -> swarm intelligence | gate=always conf=0.95
multitude insight -> swarm intelligence | gate=always conf=0.95
swarm insight -> swarm intelligence | gate=always conf=0.95
aggregate knowledge -> collective intelligence | gate=always conf=0.95
aggregate insight -> collective intelligence | gate=always conf=0.95
computational knowledge -> computational intelligence | gate=always conf=0.95
computational insight -> computational intelligence | gate=always conf=0.95
encompassing knowledge -> ambient intelligence | gate=always conf=0.95
surrounding knowledge -> ambient intelligence | gate=always conf=0.95
passionate knowledge -> emotional intelligence | gate=always conf=0.95
enthusiastic knowledge -> emotional intelligence | gate=always conf=0.95
passionate insight -> emotional intelligence | gate=always conf=0.95
knowledge remainder -> intelligence quotient | gate=always conf=0.95
insight remainder -> intelligence quotient | gate=always conf=0.95
multi-specialist framework -> multi-agent system | pos=noun gate=always conf=0.95
multi-operator framework -> multi-agent system | pos=noun gate=always conf=0.95
specialist based model -> agent-based model | pos=noun gate=always conf=0.95
operator based model -> agent-based model | pos=noun gate=always conf=0.95
specialist based demonstrating -> agent-based modeling | gate=always conf=0.95
specialist based displaying -> agent-based modeling | gate=always conf=0.95
operator based displaying -> agent-based modeling | gate=always conf=0.95
operator based demonstrating -> agent-based modeling | gate=always conf=0.95
lion's share casting a ballot -> majority voting | gate=always conf=0.95
larger part casting a ballot -> majority voting | gate=always conf=0.95
greater part casting a ballot -> majority voting | gate=always conf=0.95
dominant part casting a ballot -> majority voting | gate=always conf=0.95
casting a ballot classifier -> voting classifier | pos=noun gate=always conf=0.95
Markov choice cycle -> Markov decision process | pos=noun gate=always conf=0.95
Markov choice procedure -> Markov decision process | pos=noun gate=always conf=0.95
Markov choice measure -> Markov decision process | pos=noun gate=always conf=0.95
concealed Markov model -> hidden Markov model | pos=noun gate=always conf=0.95
    + A concealed Markov model tags the words. -> A hidden Markov model tags the words.
shrouded Markov model -> hidden Markov model | pos=noun gate=always conf=0.95
covered up Markov model -> hidden Markov model | pos=noun gate=always conf=0.95
stowed away Markov model -> hidden Markov model | pos=noun gate=always conf=0.95
secret Markov model -> hidden Markov model | pos=noun gate=always conf=0.95
strategy slope -> policy gradient | gate=always conf=0.95
approach slope -> policy gradient | gate=always conf=0.95
strategy angle -> policy gradient | gate=always conf=0.95
limited Boltzmann machine -> restricted Boltzmann machine | pos=noun gate=always conf=0.95
confined Boltzmann machine -> restricted Boltzmann machine | pos=noun gate=always conf=0.95
hereditary calculation -> genetic algorithm | pos=noun gate=always conf=0.95
    + A hereditary calculation tunes the weights. -> A genetic algorithm tunes the weights.
    + Hereditary calculations are slow. -> Genetic algorithms are slow.
hereditary programming -> genetic programming | gate=always conf=0.95
developmental calculation -> evolutionary algorithm | pos=noun gate=always conf=0.95
transformative calculation -> evolutionary algorithm | pos=noun gate=always conf=0.95
developmental programming -> evolutionary programming | gate=always conf=0.95
transformative programming -> evolutionary programming | gate=always conf=0.95
differential advancement -> differential evolution | gate=always conf=0.95
molecule swarm enhancement -> particle swarm optimization | gate=always conf=0.95
    + Molecule swarm enhancement found the optimum. -> Particle swarm optimization found the optimum.
molecule swarm streamlining -> particle swarm optimization | gate=always conf=0.95
molecule swarm advancement -> particle swarm optimization | gate=always conf=0.95
molecule swarm improvement -> particle swarm optimization | gate=always conf=0.95
molecule swarm -> particle swarm | gate=always conf=0.95
subterranean insect state -> ant colony | gate=always conf=0.95
subterranean insect province -> ant colony | gate=always conf=0.95
subterranean insect settlement -> ant colony | gate=always conf=0.95
subterranean insect colony -> ant colony | gate=always conf=0.95
insect state streamlining -> ant colony optimization | gate=always conf=0.95
counterfeit honey bee state -> artificial bee colony | gate=always conf=0.95
counterfeit honey bee province -> artificial bee colony | gate=always conf=0.95
counterfeit honey bee settlement -> artificial bee colony | gate=always conf=0.95
counterfeit bee settlement -> artificial bee colony | gate=always conf=0.95
fake honey bee province -> artificial bee colony | gate=always conf=0.95
counterfeit invulnerable framework -> artificial immune system | pos=noun gate=always conf=0.95
counterfeit safe framework -> artificial immune system | pos=noun gate=always conf=0.95
dim wolf enhancer -> grey wolf optimizer | gate=always conf=0.95
dark wolf enhancer -> grey wolf optimizer | gate=always conf=0.95
dim wolf streamlining agent -> grey wolf optimizer | gate=always conf=0.95
dark wolf streamlining agent -> grey wolf optimizer | gate=always conf=0.95
dim wolf improvement -> grey wolf optimization | gate=always conf=0.95
whale enhancement calculation -> whale optimization algorithm | gate=always conf=0.95
whale streamlining calculation -> whale optimization algorithm | gate=always conf=0.95
whale advancement calculation -> whale optimization algorithm | gate=always conf=0.95
firefly calculation -> firefly algorithm | pos=noun gate=always conf=0.95
bat calculation -> bat algorithm | pos=noun gate=always conf=0.95
cuckoo search calculation -> cuckoo search algorithm | pos=noun gate=always conf=0.95
gravitational inquiry calculation -> gravitational search algorithm | pos=noun gate=always conf=0.95
gravitational pursuit calculation -> gravitational search algorithm | pos=noun gate=always conf=0.95
concordance search -> harmony search | gate=always conf=0.95
amicability search -> harmony search | gate=always conf=0.95
congruity search -> harmony search | gate=always conf=0.95
bacterial scrounging advancement -> bacterial foraging optimization | gate=always conf=0.95
bacterial searching streamlining -> bacterial foraging optimization | gate=always conf=0.95
bacterial scavenging improvement -> bacterial foraging optimization | gate=always conf=0.95
rearranged frog jumping -> shuffled frog leaping | gate=always conf=0.95
colonialist serious calculation -> imperialist competitive algorithm | gate=always conf=0.95
imperialist serious calculation -> imperialist competitive algorithm | gate=always conf=0.95
colonialist cutthroat calculation -> imperialist competitive algorithm | gate=always conf=0.95
moth-fire enhancement -> moth-flame optimization | gate=always conf=0.95
moth-fire improvement -> moth-flame optimization | gate=always conf=0.95
salp swarm calculation -> salp swarm algorithm | gate=always conf=0.95
sine cosine calculation -> sine cosine algorithm | gate=always conf=0.95
nature-roused -> nature-inspired | gate=always conf=0.95
nature-motivated -> nature-inspired | gate=always conf=0.95
nature roused -> nature inspired | gate=always conf=0.95 id=science:nature_roused->nature_inspired.2
bio-roused -> bio-inspired | gate=always conf=0.95
bio-motivated -> bio-inspired | gate=always conf=0.95
metaheuristic calculation -> metaheuristic algorithm | pos=noun gate=always conf=0.95
heuristic calculation -> heuristic algorithm | pos=noun gate=always conf=0.95
reenacted strengthening -> simulated annealing | gate=always conf=0.95
    + Reenacted strengthening escapes local minima. -> Simulated annealing escapes local minima.
recreated toughening -> simulated annealing | gate=always conf=0.95
mimicked strengthening -> simulated annealing | gate=always conf=0.95
recreated strengthening -> simulated annealing | gate=always conf=0.95
reproduced tempering -> simulated annealing | gate=always conf=0.95
mimicked toughening -> simulated annealing | gate=always conf=0.95
voracious calculation -> greedy algorithm | pos=noun gate=always conf=0.95
insatiable calculation -> greedy algorithm | pos=noun gate=always conf=0.95
eager calculation -> greedy algorithm | pos=noun gate=always conf=0.95
ravenous calculation -> greedy algorithm | pos=noun gate=always conf=0.95
covetous calculation -> greedy algorithm | pos=noun gate=always conf=0.95
partition and vanquish -> divide and conquer | gate=always conf=0.95
gap and vanquish -> divide and conquer | gate=always conf=0.95
separation and vanquish -> divide and conquer | gate=always conf=0.95
enhancement issue -> optimization problem | pos=noun gate=always conf=0.95
    + The enhancement issue is convex. -> The optimization problem is convex.
advancement issue -> optimization problem | pos=noun gate=always conf=0.95
streamlining issue -> optimization problem | pos=noun gate=always conf=0.95
enhancement calculation -> optimization algorithm | pos=noun gate=always conf=0.95
advancement calculation -> optimization algorithm | pos=noun gate=always conf=0.95
streamlining calculation -> optimization algorithm | pos=noun gate=always conf=0.95
improvement calculation -> optimization algorithm | pos=noun gate=always conf=0.95
streamlining agent -> optimizer | pos=noun gate=always conf=0.95
multi-target enhancement -> multi-objective optimization | gate=always conf=0.95
multi-target streamlining -> multi-objective optimization | gate=always conf=0.95
multi-target advancement -> multi-objective optimization | gate=always conf=0.95
multi-target improvement -> multi-objective optimization | gate=always conf=0.95
multi-objective streamlining -> multi-objective optimization | gate=always conf=0.95
raised enhancement -> convex optimization | gate=always conf=0.95
raised streamlining -> convex optimization | gate=always conf=0.95
raised advancement -> convex optimization | gate=always conf=0.95
curved advancement -> convex optimization | gate=always conf=0.95
curved improvement -> convex optimization | gate=always conf=0.95
raised capacity -> convex function | pos=noun gate=always conf=0.95
raised body -> convex hull | pos=noun gate=always conf=0.95
raised unwinding -> convex relaxation | gate=always conf=0.95
Pareto ideal -> Pareto optimal | gate=always conf=0.95
neighborhood optima -> local optima | gate=always conf=0.95
nearby optima -> local optima | gate=always conf=0.95
neighborhood ideal -> local optimum | gate=always conf=0.95
nearby ideal -> local optimum | gate=always conf=0.95
worldwide ideal -> global optimum | gate=always conf=0.95
worldwide optima -> global optima | gate=always conf=0.95
worldwide advancement -> global optimization | gate=always conf=0.95
ideal arrangement -> optimal solution | pos=noun gate=always conf=0.95
    + The ideal arrangement was found in 20 iterations. -> The optimal solution was found in 20 iterations.
ideal power stream -> optimal power flow | gate=always conf=0.95
ideal worth -> optimal value | pos=noun gate=always conf=0.95
direct programming -> linear programming | gate=always conf=0.95
straight programming -> linear programming | gate=always conf=0.95
whole number programming -> integer programming | gate=always conf=0.95
number programming -> integer programming | gate=always conf=0.95
blended whole number -> mixed integer | gate=always conf=0.95
unique programming -> dynamic programming | gate=always conf=0.95
powerful programming -> dynamic programming | gate=always conf=0.95
voyaging sales rep issue -> travelling salesman problem | gate=always conf=0.95
mobile sales rep issue -> travelling salesman problem | gate=always conf=0.95
voyaging salesman issue -> travelling salesman problem | gate=always conf=0.95
rucksack issue -> knapsack problem | gate=always conf=0.95
knapsack issue -> knapsack problem | gate=always conf=0.95
vehicle directing issue -> vehicle routing problem | gate=always conf=0.95
vehicle steering issue -> vehicle routing problem | gate=always conf=0.95
work shop planning -> job shop scheduling | gate=always conf=0.95
occupation shop planning -> job shop scheduling | gate=always conf=0.95
occupation shop booking -> job shop scheduling | gate=always conf=0.95
insightful order measure -> analytic hierarchy process | gate=always conf=0.95
scientific pecking order measure -> analytic hierarchy process | gate=always conf=0.95
logical progressive system measure -> analytic hierarchy process | gate=always conf=0.95
scientific progressive system measure -> analytic hierarchy process | gate=always conf=0.95
scientific pecking order process -> analytic hierarchy process | gate=always conf=0.95
logical chain of command measure -> analytic hierarchy process | gate=always conf=0.95
multi-models dynamic -> multi-criteria decision-making | gate=always conf=0.95
multi-standards dynamic -> multi-criteria decision-making | gate=always conf=0.95
multi-rules dynamic -> multi-criteria decision-making | gate=always conf=0.95
multi-measures dynamic -> multi-criteria decision-making | gate=always conf=0.95
information envelopment examination -> data envelopment analysis | gate=always conf=0.95
information envelopment investigation -> data envelopment analysis | gate=always conf=0.95

# == data, computing, networks, security ==
colossal information -> big data | gate=always conf=0.95
tremendous information -> big data | gate=always conf=0.95
gigantic information -> big data | gate=always conf=0.95
information mining -> data mining | gate=always conf=0.95
    + Information mining finds patterns. -> Data mining finds patterns.
information distribution center -> data warehouse | pos=noun gate=always conf=0.95
information stockroom -> data warehouse | pos=noun gate=always conf=0.95
information assortment -> data collection | gate=always conf=0.95
information examination -> data analysis | gate=always conf=0.95
information researcher -> data scientist | pos=noun gate=always conf=0.95
information stockpiling -> data storage | gate=always conf=0.95
information honesty -> data integrity | gate=always conf=0.95
information trustworthiness -> data integrity | gate=always conf=0.95
information respectability -> data integrity | gate=always conf=0.95
information parcel -> data packet | pos=noun gate=always conf=0.95
information bundle -> data packet | pos=noun gate=always conf=0.95
information pressure -> data compression | gate=always conf=0.95
information move -> data transfer | gate=spun conf=0.5
    - The information moved quickly through the rumour mill.
cloud figuring -> cloud computing | gate=always conf=0.95
    + Cloud figuring lowers costs. -> Cloud computing lowers costs.
cloud registering -> cloud computing | gate=always conf=0.95
haze figuring -> fog computing | gate=always conf=0.95
mist figuring -> fog computing | gate=always conf=0.95
haze registering -> fog computing | gate=always conf=0.95
edge figuring -> edge computing | gate=always conf=0.95
edge registering -> edge computing | gate=always conf=0.95
lattice figuring -> grid computing | gate=always conf=0.95
matrix figuring -> grid computing | gate=always conf=0.95
delicate figuring -> soft computing | gate=always conf=0.95
delicate registering -> soft computing | gate=always conf=0.95
versatile figuring -> mobile computing | gate=always conf=0.95
portable figuring -> mobile computing | gate=always conf=0.95
versatile registering -> mobile computing | gate=always conf=0.95
portable registering -> mobile computing | gate=always conf=0.95
unavoidable figuring -> pervasive computing | gate=always conf=0.95
inescapable figuring -> pervasive computing | gate=always conf=0.95
omnipresent figuring -> ubiquitous computing | gate=always conf=0.95
universal figuring -> ubiquitous computing | gate=always conf=0.95
quantum figuring -> quantum computing | gate=always conf=0.95
quantum registering -> quantum computing | gate=always conf=0.95
quantum PC -> quantum computer | pos=noun gate=always conf=0.95
elite figuring -> high-performance computing | gate=always conf=0.95
superior figuring -> high-performance computing | gate=always conf=0.95
elite registering -> high-performance computing | gate=always conf=0.95
superior registering -> high-performance computing | gate=always conf=0.95
equal figuring -> parallel computing | gate=always conf=0.95
equal registering -> parallel computing | gate=always conf=0.95
equal preparing -> parallel processing | gate=always conf=0.95
equal handling -> parallel processing | gate=always conf=0.95
equal calculation -> parallel algorithm | pos=noun gate=always conf=0.95
equal programming -> parallel programming | gate=always conf=0.95
circulated figuring -> distributed computing | gate=always conf=0.95
disseminated figuring -> distributed computing | gate=always conf=0.95
appropriated figuring -> distributed computing | gate=always conf=0.95
conveyed figuring -> distributed computing | gate=always conf=0.95
circulated registering -> distributed computing | gate=always conf=0.95
conveyed registering -> distributed computing | gate=always conf=0.95
circulated framework -> distributed system | pos=noun gate=always conf=0.95
dispersed framework -> distributed system | pos=noun gate=always conf=0.95
appropriated framework -> distributed system | pos=noun gate=always conf=0.95
disseminated framework -> distributed system | pos=noun gate=always conf=0.95
conveyed framework -> distributed system | pos=noun gate=always conf=0.95
cloud stockpiling -> cloud storage | gate=always conf=0.95
specialist co-op -> service provider | pos=noun gate=always conf=0.95
    + Each specialist co-op bills monthly. -> Each service provider bills monthly.
administration supplier -> service provider | pos=noun gate=always conf=0.95
web access supplier -> internet service provider | pos=noun gate=always conf=0.95
programming as an assistance -> software as a service | gate=always conf=0.95
stage as an assistance -> platform as a service | gate=always conf=0.95
framework as an assistance -> infrastructure as a service | gate=always conf=0.95
foundation as an assistance -> infrastructure as a service | gate=always conf=0.95
administration arranged engineering -> service-oriented architecture | gate=always conf=0.95
administration situated design -> service-oriented architecture | gate=always conf=0.95
administration situated engineering -> service-oriented architecture | gate=always conf=0.95
administration level understanding -> service level agreement | pos=noun gate=always conf=0.95
administration level arrangement -> service level agreement | pos=noun gate=always conf=0.95
nature of administration -> quality of service | gate=always conf=0.95
    + Nature of administration guarantees matter for video. -> Quality of service guarantees matter for video.
nature of involvement -> quality of experience | gate=always conf=0.95
virtual machine relocation -> virtual machine migration | gate=always conf=0.95
undertaking planning -> task scheduling | gate=always conf=0.95
errand planning -> task scheduling | gate=always conf=0.95
errand booking -> task scheduling | gate=always conf=0.95
asset designation -> resource allocation | gate=always conf=0.95
    + Asset designation is solved greedily. -> Resource allocation is solved greedily.
asset distribution -> resource allocation | gate=always conf=0.95
asset allotment -> resource allocation | gate=always conf=0.95
asset portion -> resource allocation | gate=always conf=0.95
asset the executives -> resource management | gate=always conf=0.95
asset the board -> resource management | gate=always conf=0.95
asset usage -> resource utilization | gate=always conf=0.95
asset use -> resource utilization | gate=always conf=0.95
asset provisioning -> resource provisioning | gate=always conf=0.95
asset booking -> resource scheduling | gate=always conf=0.95
asset obliged -> resource constrained | gate=always conf=0.95
asset compelled -> resource constrained | gate=always conf=0.95
load adjusting -> load balancing | gate=always conf=0.95
burden adjusting -> load balancing | gate=always conf=0.95
heap adjusting -> load balancing | gate=always conf=0.95
burden balancing -> load balancing | gate=always conf=0.95
low inertness -> low latency | gate=always conf=0.95
low dormancy -> low latency | gate=always conf=0.95
reserve memory -> cache memory | gate=always conf=0.95
store memory -> cache memory | gate=always conf=0.95
reserve hit proportion -> cache hit ratio | gate=always conf=0.95
arbitrary access memory -> random access memory | gate=always conf=0.95
irregular access memory -> random access memory | gate=always conf=0.95
read-just memory -> read-only memory | gate=always conf=0.95
read just memory -> read only memory | gate=always conf=0.95 id=science:read_just_memory->read_only_memory.2
focal preparing unit -> central processing unit | pos=noun gate=always conf=0.95
    + The focal preparing unit idles. -> The central processing unit idles.
focal handling unit -> central processing unit | pos=noun gate=always conf=0.95
designs preparing unit -> graphics processing unit | pos=noun gate=always conf=0.95
illustrations preparing unit -> graphics processing unit | pos=noun gate=always conf=0.95
designs handling unit -> graphics processing unit | pos=noun gate=always conf=0.95
illustrations handling unit -> graphics processing unit | pos=noun gate=always conf=0.95
tensor preparing unit -> tensor processing unit | pos=noun gate=always conf=0.95
multi-center processor -> multi-core processor | pos=noun gate=always conf=0.95
multicenter processor -> multicore processor | pos=noun gate=always conf=0.95
working framework -> operating system | pos=noun gate=always conf=0.95
    + The working framework schedules threads. -> The operating system schedules threads.
document framework -> file system | pos=noun gate=always conf=0.95
inserted framework -> embedded system | pos=noun gate=always conf=0.95
implanted framework -> embedded system | pos=noun gate=always conf=0.95
constant framework -> real-time system | pos=noun gate=always conf=0.95
continuous framework -> real-time system | pos=noun gate=always conf=0.95
digital actual framework -> cyber-physical system | pos=noun gate=always conf=0.95
web of things -> Internet of Things | gate=spun conf=0.7 case=exact
    + Sensors in the web of things report hourly. -> Sensors in the Internet of Things report hourly.
    - The W3C Web of Things specification describes Thing Descriptions.
PC vision -> computer vision | gate=always conf=0.95
    + PC vision detects defects. -> Computer vision detects defects.
PC illustrations -> computer graphics | gate=always conf=0.95
PC designs -> computer graphics | gate=always conf=0.95
PC organization -> computer network | pos=noun gate=always conf=0.95
PC reproduction -> computer simulation | gate=always conf=0.95
PC reenactment -> computer simulation | gate=always conf=0.95
PC recreation -> computer simulation | gate=always conf=0.95
PC helped plan -> computer-aided design | gate=always conf=0.95
PC supported plan -> computer-aided design | gate=always conf=0.95
PC helped conclusion -> computer-aided diagnosis | gate=always conf=0.95
PC supported conclusion -> computer-aided diagnosis | gate=always conf=0.95
PC helped assembling -> computer-aided manufacturing | gate=always conf=0.95
PC supported assembling -> computer-aided manufacturing | gate=always conf=0.95
PC numerical control -> computer numerical control | gate=always conf=0.95
PC mathematical control -> computer numerical control | gate=always conf=0.95
PC engineering -> computer architecture | gate=always conf=0.95
human-PC collaboration -> human-computer interaction | gate=always conf=0.95
    + Human-PC collaboration studies usability. -> Human-computer interaction studies usability.
human-PC communication -> human-computer interaction | gate=always conf=0.95
human PC collaboration -> human computer interaction | gate=always conf=0.95 id=science:human_pc_collaboration->human_computer_interaction.2
human PC communication -> human computer interaction | gate=always conf=0.95 id=science:human_pc_communication->human_computer_interaction.2
human-PC cooperation -> human-computer interaction | gate=always conf=0.95
human-robot association -> human-robot interaction | gate=always conf=0.95
mind PC interface -> brain-computer interface | pos=noun gate=always conf=0.95
cerebrum PC interface -> brain-computer interface | pos=noun gate=always conf=0.95
expanded reality -> augmented reality | gate=always conf=0.95
    + Expanded reality overlays labels. -> Augmented reality overlays labels.
increased reality -> augmented reality | gate=always conf=0.95
enlarged reality -> augmented reality | gate=always conf=0.95
computer generated reality -> virtual reality | gate=always conf=0.9
blended reality -> mixed reality | gate=always conf=0.95
mechanical autonomy -> robotics | gate=always conf=0.95
    + Mechanical autonomy is a growing field. -> Robotics is a growing field.
way arranging -> path planning | gate=always conf=0.95
movement arranging -> motion planning | gate=always conf=0.95
direction arranging -> trajectory planning | gate=always conf=0.95
direction following -> trajectory tracking | gate=always conf=0.95
synchronous limitation and planning -> simultaneous localization and mapping | gate=always conf=0.95
concurrent limitation and planning -> simultaneous localization and mapping | gate=always conf=0.95
synchronous confinement and planning -> simultaneous localization and mapping | gate=always conf=0.95
concurrent confinement and planning -> simultaneous localization and mapping | gate=always conf=0.95
concurrent restriction and planning -> simultaneous localization and mapping | gate=always conf=0.95
snag aversion -> obstacle avoidance | gate=always conf=0.95
deterrent evasion -> obstacle avoidance | gate=always conf=0.95
impediment evasion -> obstacle avoidance | gate=always conf=0.95
snag evasion -> obstacle avoidance | gate=always conf=0.95
crash evasion -> collision avoidance | gate=always conf=0.95
impact evasion -> collision avoidance | gate=always conf=0.95
impact shirking -> collision avoidance | gate=always conf=0.95
self-governing vehicle -> autonomous vehicle | pos=noun gate=always conf=0.95
    + Self-governing vehicles need lidar. -> Autonomous vehicles need lidar.
self-sufficient vehicle -> autonomous vehicle | pos=noun gate=always conf=0.95
self-ruling vehicle -> autonomous vehicle | pos=noun gate=always conf=0.95
unmanned elevated vehicle -> unmanned aerial vehicle | pos=noun gate=always conf=0.95
    + An unmanned elevated vehicle mapped the field. -> An unmanned aerial vehicle mapped the field.
unmanned ethereal vehicle -> unmanned aerial vehicle | pos=noun gate=always conf=0.95
automated ethereal vehicle -> unmanned aerial vehicle | pos=noun gate=always conf=0.95
automated elevated vehicle -> unmanned aerial vehicle | pos=noun gate=always conf=0.95
automated airborne vehicle -> unmanned aerial vehicle | pos=noun gate=always conf=0.95
remote sensor organization -> wireless sensor network | pos=noun gate=always conf=0.95
    + Remote sensor organizations monitor the forest. -> Wireless sensor networks monitor the forest.
remote sensor system -> wireless sensor network | pos=noun gate=always conf=0.95
remote sensor arrange -> wireless sensor network | gate=always conf=0.95
remote organization -> wireless network | pos=noun gate=always conf=0.95
remote correspondence -> wireless communication | pos=noun gate=always conf=0.95
portable specially appointed organization -> mobile ad hoc network | pos=noun gate=always conf=0.95
versatile specially appointed organization -> mobile ad hoc network | pos=noun gate=always conf=0.95
vehicular specially appointed organization -> vehicular ad hoc network | pos=noun gate=always conf=0.95
specially appointed organization -> ad hoc network | pos=noun gate=always conf=0.95
specially appointed system -> ad hoc network | pos=noun gate=always conf=0.95
sensor hub -> sensor node | pos=noun gate=always conf=0.95
    + Each sensor hub sleeps between readings. -> Each sensor node sleeps between readings.
bunch head -> cluster head | pos=noun gate=always conf=0.95
portable hubs -> mobile nodes | gate=always conf=0.95
versatile hubs -> mobile nodes | gate=always conf=0.95
source hub -> source node | pos=noun gate=always conf=0.95
objective hub -> destination node | pos=noun gate=always conf=0.95
goal hub -> destination node | pos=noun gate=always conf=0.95
transfer hub -> relay node | pos=noun gate=always conf=0.95
hand-off hub -> relay node | pos=noun gate=always conf=0.95
hub versatility -> node mobility | gate=always conf=0.95
hub portability -> node mobility | gate=always conf=0.95
leftover vitality -> remaining energy | gate=always conf=0.95
    + Nodes with more leftover vitality become cluster heads. -> Nodes with more remaining energy become cluster heads.
lingering vitality -> remaining energy | gate=always conf=0.95
remaining vitality -> remaining energy | gate=always conf=0.95
organization lifetime -> network lifetime | gate=always conf=0.95
organization geography -> network topology | pos=noun gate=always conf=0.95
system geography -> network topology | pos=noun gate=always conf=0.95
organization security -> network security | gate=always conf=0.95
organization traffic -> network traffic | gate=always conf=0.95
organization execution -> network performance | gate=always conf=0.95
organization layer -> network layer | pos=noun gate=always conf=0.95
organization engineering -> network architecture | gate=always conf=0.95
organization hubs -> network nodes | gate=always conf=0.95
organization blockage -> network congestion | gate=always conf=0.95
organization clog -> network congestion | gate=always conf=0.95
blockage control -> congestion control | gate=always conf=0.95
clog control -> congestion control | gate=always conf=0.95
organization coding -> network coding | gate=always conf=0.95
organization cutting -> network slicing | gate=always conf=0.95
organization work virtualization -> network function virtualization | gate=always conf=0.95
organization capacity virtualization -> network function virtualization | gate=always conf=0.95
programming characterized organizing -> software-defined networking | gate=always conf=0.95
programming characterized systems administration -> software-defined networking | gate=always conf=0.95
programming characterized organization -> software-defined network | pos=noun gate=always conf=0.95
portable organization -> mobile network | pos=noun gate=always conf=0.95
versatile organization -> mobile network | pos=noun gate=always conf=0.95
cell organization -> cellular network | pos=noun gate=always conf=0.95
optical organization -> optical network | pos=noun gate=always conf=0.95
directing convention -> routing protocol | pos=noun gate=always conf=0.95
    + The directing convention floods the network. -> The routing protocol floods the network.
steering convention -> routing protocol | pos=noun gate=always conf=0.95
directing calculation -> routing algorithm | pos=noun gate=always conf=0.95
steering calculation -> routing algorithm | pos=noun gate=always conf=0.95
correspondence convention -> communication protocol | pos=noun gate=always conf=0.95
verification convention -> authentication protocol | pos=noun gate=always conf=0.95
validation convention -> authentication protocol | pos=noun gate=always conf=0.95
agreement convention -> consensus protocol | pos=noun gate=always conf=0.95
agreement calculation -> consensus algorithm | pos=noun gate=always conf=0.95
accord calculation -> consensus algorithm | pos=noun gate=always conf=0.95
transmission control convention -> transmission control protocol | gate=always conf=0.95
client datagram convention -> user datagram protocol | gate=always conf=0.95
hypertext move convention -> hypertext transfer protocol | gate=always conf=0.95
document move convention -> file transfer protocol | gate=always conf=0.95
record move convention -> file transfer protocol | gate=always conf=0.95
meeting inception convention -> session initiation protocol | gate=always conf=0.95
web convention -> internet protocol | gate=always conf=0.95
convention stack -> protocol stack | pos=noun gate=always conf=0.95
multi-bounce -> multi-hop | gate=always conf=0.95
multi-jump -> multi-hop | gate=always conf=0.95
single-bounce -> single-hop | gate=always conf=0.95
parcel misfortune -> packet loss | gate=always conf=0.95
bundle misfortune -> packet loss | gate=always conf=0.95
parcel conveyance proportion -> packet delivery ratio | gate=always conf=0.95
    + The parcel conveyance proportion rose to 98%. -> The packet delivery ratio rose to 98%.
bundle conveyance proportion -> packet delivery ratio | gate=always conf=0.95
start to finish delay -> end-to-end delay | gate=always conf=0.95
start to finish postponement -> end-to-end delay | gate=always conf=0.95
start-to-finish delay -> end-to-end delay | gate=always conf=0.95 id=science:start_to_finish_delay->end_to_end_delay.2
get to control -> access control | gate=always conf=0.95
    + Get to control lists protect files. -> Access control lists protect files.
get to point -> access point | pos=noun gate=always conf=0.95
disavowal of administration -> denial of service | gate=always conf=0.95
    + A disavowal of administration attack hit the bank. -> A denial of service attack hit the bank.
refusal of administration -> denial of service | gate=always conf=0.95
forswearing of administration -> denial of service | gate=always conf=0.95
man in the center assault -> man-in-the-middle attack | pos=noun gate=always conf=0.95
man-in-the-center assault -> man-in-the-middle attack | pos=noun gate=always conf=0.95 id=science:man_in_the_center_assault->man_in_the_middle_attack.2
sybil assault -> Sybil attack | pos=noun gate=always conf=0.95
dark opening assault -> black hole attack | pos=noun gate=always conf=0.95
wormhole assault -> wormhole attack | pos=noun gate=always conf=0.95
replay assault -> replay attack | pos=noun gate=always conf=0.95
beast power assault -> brute force attack | pos=noun gate=always conf=0.95
savage power assault -> brute force attack | pos=noun gate=always conf=0.95
animal power assault -> brute force attack | pos=noun gate=always conf=0.95
digital assault -> cyber attack | pos=noun gate=always conf=0.95
    + Digital assaults on hospitals doubled. -> Cyber attacks on hospitals doubled.
cyber assault -> cyber attack | pos=noun gate=always conf=0.95
ransomware assault -> ransomware attack | pos=noun gate=always conf=0.95
phishing assault -> phishing attack | pos=noun gate=always conf=0.95
digital dangers -> cyber threats | gate=always conf=0.95
digital wrongdoing -> cyber crime | gate=always conf=0.95
interruption identification framework -> intrusion detection system | pos=noun gate=always conf=0.95
    + An interruption identification framework raised the alarm. -> An intrusion detection system raised the alarm.
interruption location framework -> intrusion detection system | pos=noun gate=always conf=0.95
interruption recognition framework -> intrusion detection system | pos=noun gate=always conf=0.95
interruption discovery framework -> intrusion detection system | pos=noun gate=always conf=0.95
interruption identification -> intrusion detection | gate=always conf=0.95
interruption location -> intrusion detection | gate=always conf=0.95
interruption recognition -> intrusion detection | gate=always conf=0.95
malware identification -> malware detection | gate=always conf=0.95
malware location -> malware detection | gate=always conf=0.95
extortion location -> fraud detection | gate=always conf=0.95
extortion identification -> fraud detection | gate=always conf=0.95
misrepresentation location -> fraud detection | gate=always conf=0.95
misrepresentation identification -> fraud detection | gate=always conf=0.95
SQL infusion -> SQL injection | gate=always conf=0.95
cross-website prearranging -> cross-site scripting | gate=always conf=0.95
cross site prearranging -> cross-site scripting | gate=always conf=0.95
support flood -> buffer overflow | gate=always conf=0.95
cradle flood -> buffer overflow | gate=always conf=0.95
cushion flood -> buffer overflow | gate=always conf=0.95
encryption calculation -> encryption algorithm | pos=noun gate=always conf=0.95
encryption plot -> encryption scheme | pos=noun gate=always conf=0.95
open key cryptography -> public key cryptography | gate=always conf=0.95
open key encryption -> public key encryption | gate=always conf=0.95
mystery key -> secret key | pos=noun gate=always conf=0.95
computerized signature -> digital signature | pos=noun gate=always conf=0.95
    + Each block carries a computerized signature. -> Each block carries a digital signature.
computerized mark -> digital signature | pos=noun gate=always conf=0.95
advanced mark -> digital signature | pos=noun gate=always conf=0.95
hash work -> hash function | pos=noun gate=always conf=0.95
hash capacity -> hash function | pos=noun gate=always conf=0.95
elliptic bend cryptography -> elliptic curve cryptography | gate=always conf=0.95
elliptic bend -> elliptic curve | pos=noun gate=always conf=0.95
shrewd agreement -> smart contract | pos=noun gate=always conf=0.95
    + Shrewd agreements run on the chain. -> Smart contracts run on the chain.
brilliant agreement -> smart contract | pos=noun gate=always conf=0.95
keen agreement -> smart contract | pos=noun gate=always conf=0.95
savvy contract -> smart contract | pos=noun gate=always conf=0.95
circulated record -> distributed ledger | pos=noun gate=always conf=0.95
dispersed record -> distributed ledger | pos=noun gate=always conf=0.95
appropriated record -> distributed ledger | pos=noun gate=always conf=0.95
evidence of work -> proof of work | gate=always conf=0.95
confirmation of work -> proof of work | gate=always conf=0.95
verification of work -> proof of work | gate=always conf=0.95
confirmation of stake -> proof of stake | gate=always conf=0.95
verification of stake -> proof of stake | gate=always conf=0.95
cryptographic money -> cryptocurrency | gate=always conf=0.95
    + Cryptographic money prices fell. -> Cryptocurrency prices fell.
cryptographic forms of money -> cryptocurrencies | gate=always conf=0.95
two-factor confirmation -> two-factor authentication | gate=always conf=0.95
two-factor validation -> two-factor authentication | gate=always conf=0.95
multifaceted verification -> multi-factor authentication | gate=always conf=0.95
multifaceted validation -> multi-factor authentication | gate=always conf=0.95
multi-factor confirmation -> multi-factor authentication | gate=always conf=0.95
multi-factor validation -> multi-factor authentication | gate=always conf=0.95
biometric validation -> biometric authentication | gate=always conf=0.95
client validation -> user authentication | gate=always conf=0.95
client confirmation -> user authentication | gate=always conf=0.95
graphical UI -> graphical user interface | pos=noun gate=always conf=0.95
programming improvement -> software development | gate=always conf=0.95
    + Programming improvement follows sprints. -> Software development follows sprints.
programming advancement -> software development | gate=always conf=0.95
programming designing -> software engineering | gate=always conf=0.95
programming building -> software engineering | gate=always conf=0.95
programming testing -> software testing | gate=always conf=0.95
programming support -> software maintenance | gate=always conf=0.95
programming upkeep -> software maintenance | gate=always conf=0.95
programming engineering -> software architecture | gate=always conf=0.95
programming imperfection -> software defect | pos=noun gate=always conf=0.95
programming deformity -> software defect | pos=noun gate=always conf=0.95
imperfection expectation -> defect prediction | gate=always conf=0.95
deformity expectation -> defect prediction | gate=always conf=0.95
deformity forecast -> defect prediction | gate=always conf=0.95
programming dependability -> software reliability | gate=always conf=0.95
programming unwavering quality -> software reliability | gate=always conf=0.95
programming item -> software product | pos=noun gate=always conf=0.95
programming bundle -> software package | pos=noun gate=always conf=0.95
programming apparatus -> software tool | pos=noun gate=always conf=0.95
programming device -> software tool | pos=noun gate=always conf=0.95
open source programming -> open source software | gate=always conf=0.95
open-source programming -> open-source software | gate=always conf=0.95 id=science:open_source_programming->open_source_software.2
programming dialect -> programming language | pos=noun gate=always conf=0.95
    + Python is a programming dialect. -> Python is a programming language.
object-arranged programming -> object-oriented programming | gate=always conf=0.95
object situated -> object-oriented | gate=always conf=0.95
item arranged -> object-oriented | gate=always conf=0.95
article arranged -> object-oriented | gate=always conf=0.95
object arranged -> object-oriented | gate=always conf=0.95
inquiry language -> query language | pos=noun gate=always conf=0.95
social information base -> relational database | pos=noun gate=always conf=0.95
social data set -> relational database | pos=noun gate=always conf=0.95
data set administration framework -> database management system | pos=noun gate=always conf=0.95
information base administration framework -> database management system | pos=noun gate=always conf=0.95
connected rundown -> linked list | pos=noun gate=always conf=0.95
twofold tree -> binary tree | pos=noun gate=always conf=0.95
paired tree -> binary tree | pos=noun gate=always conf=0.95
parallel hunt -> binary search | gate=always conf=0.95
double pursuit -> binary search | gate=always conf=0.95
paired hunt -> binary search | gate=always conf=0.95
twofold hunt -> binary search | gate=always conf=0.95
relapse test -> regression test | pos=noun gate=always conf=0.95
mix testing -> integration testing | gate=always conf=0.95
joining testing -> integration testing | gate=always conf=0.95
coordination testing -> integration testing | gate=always conf=0.95
acknowledgment testing -> acceptance testing | gate=always conf=0.95
acknowledgement testing -> acceptance testing | gate=always conf=0.95
necessities designing -> requirements engineering | gate=always conf=0.95
prerequisites designing -> requirements engineering | gate=always conf=0.95
necessities building -> requirements engineering | gate=always conf=0.95
necessities elicitation -> requirements elicitation | gate=always conf=0.95
prerequisites elicitation -> requirements elicitation | gate=always conf=0.95
code age -> code generation | gate=always conf=0.95
experiment age -> test case generation | gate=always conf=0.95
time intricacy -> time complexity | gate=always conf=0.95
    + The time intricacy is quadratic. -> The time complexity is quadratic.
space intricacy -> space complexity | gate=always conf=0.95
computational intricacy -> computational complexity | gate=always conf=0.95
computational unpredictability -> computational complexity | gate=always conf=0.95
time unpredictability -> time complexity | gate=always conf=0.95
computational expense -> computational cost | pos=noun gate=always conf=0.95
computational productivity -> computational efficiency | gate=always conf=0.95
computational proficiency -> computational efficiency | gate=always conf=0.95
computational assets -> computational resources | gate=always conf=0.95
NP-difficult -> NP-hard | gate=always conf=0.95
chart hypothesis -> graph theory | gate=always conf=0.95
diagram hypothesis -> graph theory | gate=always conf=0.95
coordinated chart -> directed graph | pos=noun gate=always conf=0.95
coordinated diagram -> directed graph | pos=noun gate=always conf=0.95
undirected chart -> undirected graph | pos=noun gate=always conf=0.95
bipartite chart -> bipartite graph | pos=noun gate=always conf=0.95
bipartite diagram -> bipartite graph | pos=noun gate=always conf=0.95
weighted chart -> weighted graph | pos=noun gate=always conf=0.95
coordinated acyclic chart -> directed acyclic graph | pos=noun gate=always conf=0.95
coordinated acyclic diagram -> directed acyclic graph | pos=noun gate=always conf=0.95
chart shading -> graph coloring | gate=always conf=0.95
diagram shading -> graph coloring | gate=always conf=0.95
chart apportioning -> graph partitioning | gate=always conf=0.95
diagram apportioning -> graph partitioning | gate=always conf=0.95
most limited way -> shortest path | pos=noun gate=always conf=0.95
    + The most limited way is found by Dijkstra. -> The shortest path is found by Dijkstra.
briefest way -> shortest path | pos=noun gate=always conf=0.95
most brief way -> shortest path | pos=noun gate=always conf=0.95
least spreading over tree -> minimum spanning tree | pos=noun gate=always conf=0.95
least traversing tree -> minimum spanning tree | pos=noun gate=always conf=0.95
base spreading over tree -> minimum spanning tree | pos=noun gate=always conf=0.95
least crossing tree -> minimum spanning tree | pos=noun gate=always conf=0.95
spreading over tree -> spanning tree | pos=noun gate=always conf=0.95
traversing tree -> spanning tree | pos=noun gate=always conf=0.95
Dijkstra's calculation -> Dijkstra's algorithm | gate=always conf=0.95
Euclidean calculation -> Euclidean algorithm | gate=always conf=0.95
Viterbi calculation -> Viterbi algorithm | gate=always conf=0.95
backpropagation calculation -> backpropagation algorithm | pos=noun gate=always conf=0.95
bunching calculation -> clustering algorithm | pos=noun gate=always conf=0.95
various leveled bunching -> hierarchical clustering | gate=always conf=0.95
progressive bunching -> hierarchical clustering | gate=always conf=0.95
various leveled grouping -> hierarchical clustering | gate=always conf=0.95
fluffy bunching -> fuzzy clustering | gate=always conf=0.95
otherworldly bunching -> spectral clustering | gate=always conf=0.95
ghostly bunching -> spectral clustering | gate=always conf=0.95
phantom bunching -> spectral clustering | gate=always conf=0.95
thickness based bunching -> density-based clustering | gate=always conf=0.95
arranging calculation -> sorting algorithm | pos=noun gate=always conf=0.95
search calculation -> search algorithm | pos=noun gate=always conf=0.95
booking calculation -> scheduling algorithm | pos=noun gate=always conf=0.95
planning calculation -> scheduling algorithm | pos=noun gate=always conf=0.95
learning calculation -> learning algorithm | pos=noun gate=always conf=0.95
pressure calculation -> compression algorithm | pos=noun gate=always conf=0.95
following calculation -> tracking algorithm | pos=noun gate=always conf=0.95
coordinating calculation -> matching algorithm | pos=noun gate=always conf=0.95
fluffy rationale -> fuzzy logic | gate=always conf=0.95
    + Fluffy rationale controls the fan. -> Fuzzy logic controls the fan.
fluffy logic -> fuzzy logic | gate=always conf=0.95
fluffy set -> fuzzy set | pos=noun gate=always conf=0.95
fluffy regulator -> fuzzy controller | pos=noun gate=always conf=0.95
fluffy deduction -> fuzzy inference | gate=always conf=0.95
fluffy surmising -> fuzzy inference | gate=always conf=0.95
unpleasant set -> rough set | pos=noun gate=always conf=0.95
harsh set -> rough set | pos=noun gate=always conf=0.95
cosine closeness -> cosine similarity | gate=always conf=0.95
cosine likeness -> cosine similarity | gate=always conf=0.95
cosine comparability -> cosine similarity | gate=always conf=0.95
Jaccard likeness -> Jaccard similarity | gate=always conf=0.95
Jaccard comparability -> Jaccard similarity | gate=always conf=0.95
semantic closeness -> semantic similarity | gate=always conf=0.95
semantic likeness -> semantic similarity | gate=always conf=0.95
semantic comparability -> semantic similarity | gate=always conf=0.95
Euclidean separation -> Euclidean distance | gate=always conf=0.95
Manhattan separation -> Manhattan distance | gate=always conf=0.95
Hamming separation -> Hamming distance | gate=always conf=0.95
Mahalanobis separation -> Mahalanobis distance | gate=always conf=0.95
Levenshtein separation -> Levenshtein distance | gate=always conf=0.95
alter distance -> edit distance | gate=always conf=0.95
closeness measure -> similarity measure | pos=noun gate=always conf=0.95
likeness measure -> similarity measure | pos=noun gate=always conf=0.95
comparability measure -> similarity measure | pos=noun gate=always conf=0.95
separation metric -> distance metric | pos=noun gate=always conf=0.95

# == signal processing, communications, electronics ==
flag to clamor proportion -> signal to noise ratio | gate=always conf=0.95
    + The flag to clamor proportion improved by 3 dB. -> The signal to noise ratio improved by 3 dB.
flag to commotion proportion -> signal to noise ratio | gate=always conf=0.95
sign to clamor proportion -> signal to noise ratio | gate=always conf=0.95
sign to commotion proportion -> signal to noise ratio | gate=always conf=0.95
signal to clamor proportion -> signal to noise ratio | gate=always conf=0.95
signal to commotion proportion -> signal to noise ratio | gate=always conf=0.95
sign-to-commotion proportion -> signal-to-noise ratio | gate=always conf=0.95 id=science:sign_to_commotion_proportion->signal_to_noise_ratio.2
sign-to-clamor proportion -> signal-to-noise ratio | gate=always conf=0.95 id=science:sign_to_clamor_proportion->signal_to_noise_ratio.2
signal-to-clamor proportion -> signal-to-noise ratio | gate=always conf=0.95 id=science:signal_to_clamor_proportion->signal_to_noise_ratio.2
signal-to-commotion proportion -> signal-to-noise ratio | gate=always conf=0.95 id=science:signal_to_commotion_proportion->signal_to_noise_ratio.2
top sign to commotion proportion -> peak signal to noise ratio | gate=always conf=0.95
top sign to clamor proportion -> peak signal to noise ratio | gate=always conf=0.95
top signal-to-commotion proportion -> peak signal-to-noise ratio | gate=always conf=0.95
sign preparing -> signal processing | gate=always conf=0.95
    + Sign preparing removes hum. -> Signal processing removes hum.
sign handling -> signal processing | gate=always conf=0.95
computerized signal preparing -> digital signal processing | gate=always conf=0.95
advanced sign handling -> digital signal processing | gate=always conf=0.95
computerized sign preparing -> digital signal processing | gate=always conf=0.95
picture preparing -> image processing | gate=always conf=0.95
    + Picture preparing sharpens the scan. -> Image processing sharpens the scan.
picture handling -> image processing | gate=always conf=0.95
computerized picture handling -> digital image processing | gate=always conf=0.95
picture division -> image segmentation | gate=always conf=0.95
semantic division -> semantic segmentation | gate=always conf=0.95
occurrence division -> instance segmentation | gate=always conf=0.95
picture pressure -> image compression | gate=always conf=0.95
video pressure -> video compression | gate=always conf=0.95
lossless pressure -> lossless compression | gate=always conf=0.95
lossy pressure -> lossy compression | gate=always conf=0.95
pressure proportion -> compression ratio | gate=always conf=0.95
picture upgrade -> image enhancement | gate=always conf=0.95
picture rebuilding -> image restoration | gate=always conf=0.95
picture reclamation -> image restoration | gate=always conf=0.95
picture recovery -> image retrieval | gate=always conf=0.95
picture combination -> image fusion | gate=always conf=0.95
picture enrollment -> image registration | gate=always conf=0.95
picture sewing -> image stitching | gate=always conf=0.95
picture denoising -> image denoising | gate=always conf=0.95
picture goal -> image resolution | gate=always conf=0.95
super-goal -> super-resolution | gate=always conf=0.95
picture obtaining -> image acquisition | gate=always conf=0.95
picture procurement -> image acquisition | gate=always conf=0.95
picture securing -> image acquisition | gate=always conf=0.95
picture acknowledgment -> image recognition | gate=always conf=0.95
picture inscribing -> image captioning | gate=always conf=0.95
picture subtitling -> image captioning | gate=always conf=0.95
picture investigation -> image analysis | gate=always conf=0.95
picture examination -> image analysis | gate=always conf=0.95
clinical picture -> medical image | pos=noun gate=always conf=0.95
clinical imaging -> medical imaging | gate=always conf=0.95
edge identification -> edge detection | gate=always conf=0.95
    + Canny edge identification finds the outline. -> Canny edge detection finds the outline.
edge location -> edge detection | gate=always conf=0.95
edge recognition -> edge detection | gate=always conf=0.95
article location -> object detection | gate=always conf=0.95
item identification -> object detection | gate=always conf=0.95
item acknowledgment -> object recognition | gate=always conf=0.95
article acknowledgment -> object recognition | gate=always conf=0.95
object following -> object tracking | gate=always conf=0.95
item following -> object tracking | gate=always conf=0.95
article following -> object tracking | gate=always conf=0.95
visual following -> visual tracking | gate=always conf=0.95
eye following -> eye tracking | gate=always conf=0.95
face acknowledgment -> face recognition | gate=always conf=0.95
face acknowledgement -> face recognition | gate=always conf=0.95
facial acknowledgment -> facial recognition | gate=always conf=0.95
    + Facial acknowledgment unlocks the phone. -> Facial recognition unlocks the phone.
facial acknowledgement -> facial recognition | gate=always conf=0.95
face location -> face detection | gate=always conf=0.95
face discovery -> face detection | gate=always conf=0.95
outward appearance acknowledgment -> facial expression recognition | gate=always conf=0.95
discourse acknowledgment -> speech recognition | gate=always conf=0.95
    + Discourse acknowledgment transcribes calls. -> Speech recognition transcribes calls.
discourse acknowledgement -> speech recognition | gate=always conf=0.95
discourse recognition -> speech recognition | gate=always conf=0.95
discourse combination -> speech synthesis | gate=always conf=0.95
discourse union -> speech synthesis | gate=always conf=0.95
voice acknowledgment -> voice recognition | gate=always conf=0.95
design acknowledgment -> pattern recognition | gate=always conf=0.95
design acknowledgement -> pattern recognition | gate=always conf=0.95
example acknowledgment -> pattern recognition | gate=always conf=0.95
example acknowledgement -> pattern recognition | gate=always conf=0.95
penmanship acknowledgment -> handwriting recognition | gate=always conf=0.95
character acknowledgment -> character recognition | gate=always conf=0.95
motion acknowledgment -> gesture recognition | gate=always conf=0.95
signal acknowledgment -> gesture recognition | gate=always conf=0.95
action acknowledgment -> activity recognition | gate=always conf=0.95
movement acknowledgment -> activity recognition | gate=always conf=0.95
feeling acknowledgment -> emotion recognition | gate=always conf=0.95
iris acknowledgment -> iris recognition | gate=always conf=0.95
unique mark acknowledgment -> fingerprint recognition | gate=always conf=0.95
tag acknowledgment -> license plate recognition | gate=always conf=0.95
number plate acknowledgment -> number plate recognition | gate=always conf=0.95
walker discovery -> pedestrian detection | gate=always conf=0.95
passerby location -> pedestrian detection | gate=always conf=0.95
person on foot location -> pedestrian detection | gate=always conf=0.95
person on foot identification -> pedestrian detection | gate=always conf=0.95
Fourier change -> Fourier transform | pos=noun gate=always conf=0.95
    + A Fourier change is applied to each frame. -> A Fourier transform is applied to each frame.
quick Fourier change -> fast Fourier transform | pos=noun gate=always conf=0.95
wavelet change -> wavelet transform | pos=noun gate=always conf=0.95
discrete cosine change -> discrete cosine transform | pos=noun gate=always conf=0.95
Laplace change -> Laplace transform | pos=noun gate=always conf=0.95
Hough change -> Hough transform | pos=noun gate=always conf=0.95
Hilbert change -> Hilbert transform | pos=noun gate=always conf=0.95
Z-change -> Z-transform | gate=always conf=0.95
recurrence area -> frequency domain | gate=always conf=0.95
recurrence space -> frequency domain | gate=always conf=0.95
time area -> time domain | gate=always conf=0.95
recurrence reaction -> frequency response | pos=noun gate=always conf=0.95
recurrence band -> frequency band | pos=noun gate=always conf=0.95
recurrence division multiplexing -> frequency division multiplexing | gate=always conf=0.95
symmetrical recurrence division multiplexing -> orthogonal frequency division multiplexing | gate=always conf=0.95
orthogonal recurrence division multiplexing -> orthogonal frequency division multiplexing | gate=always conf=0.95
recurrence regulation -> frequency modulation | gate=always conf=0.95
recurrence balance -> frequency modulation | gate=always conf=0.95
plentifulness regulation -> amplitude modulation | gate=always conf=0.95
adequacy balance -> amplitude modulation | gate=always conf=0.95
sufficiency regulation -> amplitude modulation | gate=always conf=0.95
stage move keying -> phase shift keying | gate=always conf=0.95
stage shift keying -> phase shift keying | gate=always conf=0.95
recurrence move keying -> frequency shift keying | gate=always conf=0.95
quadrature adequacy balance -> quadrature amplitude modulation | gate=always conf=0.95
quadrature sufficiency regulation -> quadrature amplitude modulation | gate=always conf=0.95
beat width regulation -> pulse width modulation | gate=always conf=0.95
    + Beat width regulation drives the motor. -> Pulse width modulation drives the motor.
heartbeat width regulation -> pulse width modulation | gate=always conf=0.95
heartbeat width balance -> pulse width modulation | gate=always conf=0.95
beat width balance -> pulse width modulation | gate=always conf=0.95
beat width adjustment -> pulse width modulation | gate=always conf=0.95
heartbeat width adjustment -> pulse width modulation | gate=always conf=0.95
radio recurrence -> radio frequency | gate=always conf=0.95
radio recurrence distinguishing proof -> radio frequency identification | gate=always conf=0.95
radio recurrence recognizable proof -> radio frequency identification | gate=always conf=0.95
inspecting recurrence -> sampling frequency | gate=always conf=0.95
examining recurrence -> sampling frequency | gate=always conf=0.95
inspecting rate -> sampling rate | gate=always conf=0.95
examining rate -> sampling rate | gate=always conf=0.95
recognizable proof -> identification | gate=always conf=0.95
    + Recognizable proof of the strain took a week. -> Identification of the strain took a week.
distinguishing proof -> identification | gate=always conf=0.95
framework recognizable proof -> system identification | gate=always conf=0.95
framework distinguishing proof -> system identification | gate=always conf=0.95
various info various yield -> multiple input multiple output | gate=always conf=0.95
numerous info numerous yield -> multiple input multiple output | gate=always conf=0.95
different info different yield -> multiple input multiple output | gate=always conf=0.95
various information various yield -> multiple input multiple output | gate=always conf=0.95
channel state data -> channel state information | gate=always conf=0.95
channel assessment -> channel estimation | gate=always conf=0.95
channel limit -> channel capacity | gate=always conf=0.95
psychological radio -> cognitive radio | gate=always conf=0.95
intellectual radio -> cognitive radio | gate=always conf=0.95
range detecting -> spectrum sensing | gate=always conf=0.95
ghastly productivity -> spectral efficiency | gate=always conf=0.95
ghostly effectiveness -> spectral efficiency | gate=always conf=0.95
phantom proficiency -> spectral efficiency | gate=always conf=0.95
otherworldly proficiency -> spectral efficiency | gate=always conf=0.95
ghostly proficiency -> spectral efficiency | gate=always conf=0.95
ghastly investigation -> spectral analysis | gate=always conf=0.95
phantom examination -> spectral analysis | gate=always conf=0.95
otherworldly examination -> spectral analysis | gate=always conf=0.95
ghostly examination -> spectral analysis | gate=always conf=0.95
ghostly thickness -> spectral density | gate=always conf=0.95
otherworldly thickness -> spectral density | gate=always conf=0.95
power ghostly thickness -> power spectral density | gate=always conf=0.95
power otherworldly thickness -> power spectral density | gate=always conf=0.95
reception apparatus -> antenna | pos=noun gate=always conf=0.95
    + The reception apparatus gain is 5 dBi. -> The antenna gain is 5 dBi.
radio wire cluster -> antenna array | pos=noun gate=always conf=0.95
reception apparatus cluster -> antenna array | pos=noun gate=always conf=0.95
receiving wire exhibit -> antenna array | pos=noun gate=always conf=0.95
fix radio wire -> patch antenna | pos=noun gate=always conf=0.95
fix reception apparatus -> patch antenna | pos=noun gate=always conf=0.95
fix receiving wire -> patch antenna | pos=noun gate=always conf=0.95
staged exhibit -> phased array | pos=noun gate=always conf=0.95
staged cluster -> phased array | pos=noun gate=always conf=0.95
pillar forming -> beamforming | gate=always conf=0.95
shaft framing -> beamforming | gate=always conf=0.95
bar forming -> beamforming | gate=always conf=0.95
radiation design -> radiation pattern | pos=noun gate=always conf=0.95
return misfortune -> return loss | gate=always conf=0.95
addition misfortune -> insertion loss | gate=always conf=0.95
inclusion misfortune -> insertion loss | gate=always conf=0.95
way misfortune -> path loss | gate=always conf=0.95
engendering misfortune -> propagation loss | gate=always conf=0.95
proliferation misfortune -> propagation loss | gate=always conf=0.95
multipath blurring -> multipath fading | gate=always conf=0.95
Rayleigh blurring -> Rayleigh fading | gate=always conf=0.95
Rician blurring -> Rician fading | gate=always conf=0.95
blurring channel -> fading channel | pos=noun gate=always conf=0.95
between image obstruction -> intersymbol interference | gate=always conf=0.95
between image impedance -> intersymbol interference | gate=always conf=0.95
co-channel obstruction -> co-channel interference | gate=always conf=0.95
co-channel impedance -> co-channel interference | gate=always conf=0.95
electromagnetic obstruction -> electromagnetic interference | gate=always conf=0.95
electromagnetic impedance -> electromagnetic interference | gate=always conf=0.95
electromagnetic similarity -> electromagnetic compatibility | gate=always conf=0.95
electromagnetic influxes -> electromagnetic waves | gate=always conf=0.95
gravitational influxes -> gravitational waves | gate=always conf=0.95
radio influxes -> radio waves | gate=always conf=0.95
impedance coordinating -> impedance matching | gate=always conf=0.95
Gaussian commotion -> Gaussian noise | gate=always conf=0.95
Gaussian clamor -> Gaussian noise | gate=always conf=0.95
added substance white Gaussian commotion -> additive white Gaussian noise | gate=always conf=0.95
salt and pepper clamor -> salt and pepper noise | gate=always conf=0.95
salt and pepper commotion -> salt and pepper noise | gate=always conf=0.95
commotion decrease -> noise reduction | gate=always conf=0.95
clamor decrease -> noise reduction | gate=always conf=0.95
clamor expulsion -> noise removal | gate=always conf=0.95
commotion expulsion -> noise removal | gate=always conf=0.95
foundation clamor -> background noise | gate=always conf=0.95
foundation commotion -> background noise | gate=always conf=0.95
commotion level -> noise level | pos=noun gate=always conf=0.95
clamor level -> noise level | pos=noun gate=always conf=0.95
commotion contamination -> noise pollution | gate=always conf=0.95
clamor contamination -> noise pollution | gate=always conf=0.95
commotion power -> noise power | gate=always conf=0.95
clamor power -> noise power | gate=always conf=0.95
low commotion intensifier -> low noise amplifier | pos=noun gate=always conf=0.95
low clamor intensifier -> low noise amplifier | pos=noun gate=always conf=0.95
force intensifier -> power amplifier | pos=noun gate=always conf=0.95
power intensifier -> power amplifier | pos=noun gate=always conf=0.95
operational intensifier -> operational amplifier | pos=noun gate=always conf=0.95
Kalman channel -> Kalman filter | pos=noun gate=always conf=0.95
    + An extended Kalman channel fuses the sensors. -> An extended Kalman filter fuses the sensors.
molecule channel -> particle filter | pos=noun gate=always conf=0.95
low pass channel -> low-pass filter | pos=noun gate=always conf=0.95
low-pass channel -> low-pass filter | pos=noun gate=always conf=0.95 id=science:low_pass_channel->low_pass_filter.2
high pass channel -> high-pass filter | pos=noun gate=always conf=0.95
high-pass channel -> high-pass filter | pos=noun gate=always conf=0.95 id=science:high_pass_channel->high_pass_filter.2
band pass channel -> band-pass filter | pos=noun gate=always conf=0.95
band-pass channel -> band-pass filter | pos=noun gate=always conf=0.95 id=science:band_pass_channel->band_pass_filter.2
computerized channel -> digital filter | pos=noun gate=always conf=0.95
versatile channel -> adaptive filter | pos=noun gate=always conf=0.95
Wiener channel -> Wiener filter | pos=noun gate=always conf=0.95
middle channel -> median filter | pos=noun gate=always conf=0.95
Gabor channel -> Gabor filter | pos=noun gate=always conf=0.95
Bloom channel -> Bloom filter | pos=noun gate=always conf=0.95
spam channel -> spam filter | pos=noun gate=always conf=0.95
bit blunder rate -> bit error rate | gate=always conf=0.95
    + The bit blunder rate stays below 1e-6. -> The bit error rate stays below 1e-6.
bit mistake rate -> bit error rate | gate=always conf=0.95
image blunder rate -> symbol error rate | gate=always conf=0.95
simple to computerized converter -> analog-to-digital converter | pos=noun gate=always conf=0.95
simple to advanced converter -> analog-to-digital converter | pos=noun gate=always conf=0.95
advanced to simple converter -> digital-to-analog converter | pos=noun gate=always conf=0.95
computerized to simple converter -> digital-to-analog converter | pos=noun gate=always conf=0.95
simple circuit -> analog circuit | pos=noun gate=always conf=0.95
coordinated circuit -> integrated circuit | pos=noun gate=always conf=0.95
    + Each coordinated circuit is tested. -> Each integrated circuit is tested.
incorporated circuit -> integrated circuit | pos=noun gate=always conf=0.95
field programmable door exhibit -> field programmable gate array | pos=noun gate=always conf=0.95
field programmable entryway cluster -> field programmable gate array | pos=noun gate=always conf=0.95
field-programmable door exhibit -> field-programmable gate array | pos=noun gate=always conf=0.95 id=science:field_programmable_door_exhibit->field_programmable_gate_array.2
rationale door -> logic gate | pos=noun gate=always conf=0.95
rationale entryway -> logic gate | pos=noun gate=always conf=0.95
rationale circuit -> logic circuit | pos=noun gate=always conf=0.95
NAND door -> NAND gate | pos=noun gate=always conf=0.95
XOR door -> XOR gate | pos=noun gate=always conf=0.95
door driver -> gate driver | pos=noun gate=always conf=0.95
entryway driver -> gate driver | pos=noun gate=always conf=0.95
door voltage -> gate voltage | gate=always conf=0.95
door oxide -> gate oxide | gate=always conf=0.95
printed circuit load up -> printed circuit board | pos=noun gate=always conf=0.95
miniaturized scale controller -> microcontroller | pos=noun gate=always conf=0.95
smaller scale controller -> microcontroller | pos=noun gate=always conf=0.95
miniaturized scale processor -> microprocessor | pos=noun gate=always conf=0.95
small scale processor -> microprocessor | pos=noun gate=always conf=0.95
field impact semiconductor -> field effect transistor | pos=noun gate=always conf=0.95
    + A field impact semiconductor switches the load. -> A field effect transistor switches the load.
field-impact semiconductor -> field-effect transistor | pos=noun gate=always conf=0.95 id=science:field_impact_semiconductor->field_effect_transistor.2
metal oxide semiconductor field impact semiconductor -> metal oxide semiconductor field effect transistor | pos=noun gate=always conf=0.95
slender film semiconductor -> thin film transistor | pos=noun gate=always conf=0.95
meager film semiconductor -> thin film transistor | pos=noun gate=always conf=0.95
dainty film semiconductor -> thin film transistor | pos=noun gate=always conf=0.95
bipolar intersection semiconductor -> bipolar junction transistor | pos=noun gate=always conf=0.95
protected door bipolar semiconductor -> insulated gate bipolar transistor | pos=noun gate=always conf=0.95
protected entryway bipolar semiconductor -> insulated gate bipolar transistor | pos=noun gate=always conf=0.95
semiconductor gadget -> semiconductor device | pos=noun gate=always conf=0.95
correlative metal oxide semiconductor -> complementary metal oxide semiconductor | gate=always conf=0.95
integral metal oxide semiconductor -> complementary metal oxide semiconductor | gate=always conf=0.95
light transmitting diode -> light emitting diode | pos=noun gate=always conf=0.95
    + Each light transmitting diode draws 20 mA. -> Each light emitting diode draws 20 mA.
light discharging diode -> light emitting diode | pos=noun gate=always conf=0.95
light radiating diode -> light emitting diode | pos=noun gate=always conf=0.95
light producing diode -> light emitting diode | pos=noun gate=always conf=0.95
natural light transmitting diode -> organic light emitting diode | pos=noun gate=always conf=0.95
natural light discharging diode -> organic light emitting diode | pos=noun gate=always conf=0.95
force dissemination -> power dissipation | gate=always conf=0.95
power dissemination -> power dissipation | gate=always conf=0.95
force scattering -> power dissipation | gate=always conf=0.95
power scattering -> power dissipation | gate=always conf=0.95
clock recurrence -> clock frequency | gate=always conf=0.95
engendering delay -> propagation delay | gate=always conf=0.95
proliferation delay -> propagation delay | gate=always conf=0.95
engendering postponement -> propagation delay | gate=always conf=0.95
proliferation postponement -> propagation delay | gate=always conf=0.95
basic way technique -> critical path method | gate=always conf=0.95
basic way strategy -> critical path method | gate=always conf=0.95
low force utilization -> low power consumption | gate=always conf=0.95
low power utilization -> low power consumption | gate=always conf=0.95
CMOS innovation -> CMOS technology | gate=always conf=0.95

# == energy, power and control ==
vitality utilization -> energy consumption | gate=always conf=0.95
    + Vitality utilization fell by 12%. -> Energy consumption fell by 12%.
vitality proficiency -> energy efficiency | gate=always conf=0.95
vitality productivity -> energy efficiency | gate=always conf=0.95
vitality effectiveness -> energy efficiency | gate=always conf=0.95
vitality productive -> energy efficient | gate=always conf=0.95
vitality effective -> energy efficient | gate=always conf=0.95
vitality sparing -> energy saving | gate=always conf=0.95
vitality saving -> energy saving | gate=always conf=0.95
vitality stockpiling -> energy storage | gate=always conf=0.95
vitality capacity -> energy storage | gate=always conf=0.95
vitality collecting -> energy harvesting | gate=always conf=0.95
vitality gathering -> energy harvesting | gate=always conf=0.95
vitality reaping -> energy harvesting | gate=always conf=0.95
vitality the executives -> energy management | gate=always conf=0.95
vitality the board -> energy management | gate=always conf=0.95
vitality misfortune -> energy loss | pos=noun gate=always conf=0.95
vitality thickness -> energy density | gate=always conf=0.95
vitality level -> energy level | pos=noun gate=always conf=0.95
vitality hole -> energy gap | pos=noun gate=always conf=0.95
vitality band -> energy band | pos=noun gate=always conf=0.95
vitality source -> energy source | pos=noun gate=always conf=0.95
vitality interest -> energy demand | gate=always conf=0.95
vitality request -> energy demand | gate=always conf=0.95
vitality emergency -> energy crisis | gate=always conf=0.95
vitality security -> energy security | gate=always conf=0.95
vitality framework -> energy system | pos=noun gate=always conf=0.95
vitality transformation -> energy conversion | gate=always conf=0.95
vitality move -> energy transfer | gate=always conf=0.95
vitality spending -> energy expenditure | gate=always conf=0.95
vitality admission -> energy intake | gate=always conf=0.95
vitality balance -> energy balance | gate=always conf=0.95
vitality parity -> energy balance | gate=always conf=0.95
vitality strategy -> energy policy | gate=always conf=0.95
vitality approach -> energy policy | gate=always conf=0.95
vitality review -> energy audit | pos=noun gate=always conf=0.95
vitality market -> energy market | pos=noun gate=always conf=0.95
sun based vitality -> solar energy | gate=always conf=0.95
    + Sun based vitality powers the pump. -> Solar energy powers the pump.
sun powered vitality -> solar energy | gate=always conf=0.95
sunlight based vitality -> solar energy | gate=always conf=0.95
sun oriented vitality -> solar energy | gate=always conf=0.95
wind vitality -> wind energy | gate=always conf=0.95
breeze vitality -> wind energy | gate=always conf=0.95
atomic vitality -> nuclear energy | gate=always conf=0.95
motor vitality -> kinetic energy | gate=always conf=0.95
active vitality -> kinetic energy | gate=always conf=0.95
potential vitality -> potential energy | gate=always conf=0.95
warm vitality -> thermal energy | gate=always conf=0.95
tidal vitality -> tidal energy | gate=always conf=0.95
geothermal vitality -> geothermal energy | gate=always conf=0.95
biomass vitality -> biomass energy | gate=always conf=0.95
initiation vitality -> activation energy | gate=always conf=0.95
actuation vitality -> activation energy | gate=always conf=0.95
enactment vitality -> activation energy | gate=always conf=0.95
restricting vitality -> binding energy | gate=always conf=0.95
authoritative vitality -> binding energy | gate=always conf=0.95
surface vitality -> surface energy | gate=always conf=0.95
free vitality -> free energy | gate=always conf=0.95
ionization vitality -> ionization energy | gate=always conf=0.95
photon vitality -> photon energy | gate=always conf=0.95
strain vitality -> strain energy | gate=always conf=0.95
dim vitality -> dark energy | gate=always conf=0.95
dull vitality -> dark energy | gate=always conf=0.95
dark vitality -> dark energy | gate=always conf=0.95
sustainable power source -> renewable energy source | pos=noun gate=always conf=0.85
    + Wind is a sustainable power source. -> Wind is a renewable energy source.
inexhaustible power source -> renewable energy source | pos=noun gate=always conf=0.95
sun based cell -> solar cell | pos=noun gate=always conf=0.95
sunlight based cell -> solar cell | pos=noun gate=always conf=0.95
sun powered cell -> solar cell | pos=noun gate=always conf=0.95
sun oriented cell -> solar cell | pos=noun gate=always conf=0.95
sunlight based board -> solar panel | pos=noun gate=always conf=0.95
sun powered board -> solar panel | pos=noun gate=always conf=0.95
sun oriented board -> solar panel | pos=noun gate=always conf=0.95
sunlight based radiation -> solar radiation | gate=always conf=0.95
sun powered radiation -> solar radiation | gate=always conf=0.95
sun oriented radiation -> solar radiation | gate=always conf=0.95
sunlight based PV -> solar PV | gate=always conf=0.95
sun powered PV -> solar PV | gate=always conf=0.95
sun oriented framework -> solar system | pos=noun gate=always conf=0.95
sunlight based framework -> solar system | pos=noun gate=always conf=0.95
sun oriented breeze -> solar wind | gate=always conf=0.95
sunlight based breeze -> solar wind | gate=always conf=0.95
sun powered breeze -> solar wind | gate=always conf=0.95
sun oriented flare -> solar flare | pos=noun gate=always conf=0.95
sunlight based flare -> solar flare | pos=noun gate=always conf=0.95
color sharpened -> dye-sensitized | gate=always conf=0.95
photograph voltaic -> photovoltaic | gate=always conf=0.95
wind ranch -> wind farm | pos=noun gate=always conf=0.95
breeze ranch -> wind farm | pos=noun gate=always conf=0.95
breeze turbine -> wind turbine | pos=noun gate=always conf=0.95
breeze speed -> wind speed | gate=always conf=0.95
breeze power -> wind power | gate=always conf=0.95
energy component -> fuel cell | pos=noun gate=always conf=0.95
lithium particle battery -> lithium-ion battery | pos=noun gate=always conf=0.95
    + Lithium particle batteries degrade with heat. -> Lithium-ion batteries degrade with heat.
lithium particle -> lithium-ion | gate=always conf=0.95
lithium-particle -> lithium-ion | gate=always conf=0.95 id=science:lithium_particle->lithium_ion.2
particle trade -> ion exchange | gate=always conf=0.95
proton trade film -> proton exchange membrane | pos=noun gate=always conf=0.95
proton trade layer -> proton exchange membrane | pos=noun gate=always conf=0.95
condition of charge -> state of charge | gate=always conf=0.95
condition of wellbeing -> state of health | gate=always conf=0.95
battery the board framework -> battery management system | pos=noun gate=always conf=0.95
battery the executives framework -> battery management system | pos=noun gate=always conf=0.95
battery the executives -> battery management | gate=always conf=0.95
battery the board -> battery management | gate=always conf=0.95
half breed electric vehicle -> hybrid electric vehicle | pos=noun gate=always conf=0.95
crossover electric vehicle -> hybrid electric vehicle | pos=noun gate=always conf=0.95
power framework -> power system | pos=noun gate=always conf=0.95
    + Power frameworks must stay stable. -> Power systems must stay stable.
force framework -> power system | pos=noun gate=always conf=0.95
force age -> power generation | gate=always conf=0.95
power age -> power generation | gate=always conf=0.95
force thickness -> power density | gate=always conf=0.95
power thickness -> power density | gate=always conf=0.95
force utilization -> power consumption | gate=always conf=0.95
power utilization -> power consumption | gate=always conf=0.95
force supply -> power supply | pos=noun gate=always conf=0.95
force misfortune -> power loss | pos=noun gate=always conf=0.95
power misfortune -> power loss | pos=noun gate=always conf=0.95
force factor -> power factor | gate=always conf=0.95
force quality -> power quality | gate=always conf=0.95
power gadgets -> power electronics | gate=always conf=0.95
force gadgets -> power electronics | gate=always conf=0.95
power hardware -> power electronics | gate=always conf=0.95
power stream -> power flow | gate=always conf=0.95
force stream -> power flow | gate=always conf=0.95
heap stream -> load flow | gate=always conf=0.95
burden determining -> load forecasting | gate=always conf=0.95
burden estimating -> load forecasting | gate=always conf=0.95
load anticipating -> load forecasting | gate=always conf=0.95
load determining -> load forecasting | gate=always conf=0.95
keen lattice -> smart grid | pos=noun gate=always conf=0.95
    + The keen lattice balances demand. -> The smart grid balances demand.
savvy lattice -> smart grid | pos=noun gate=always conf=0.95
shrewd matrix -> smart grid | pos=noun gate=always conf=0.95
brilliant lattice -> smart grid | pos=noun gate=always conf=0.95
keen matrix -> smart grid | pos=noun gate=always conf=0.95
miniature network -> microgrid | pos=noun gate=always conf=0.95
small scale lattice -> microgrid | pos=noun gate=always conf=0.95
miniaturized scale lattice -> microgrid | pos=noun gate=always conf=0.95
small scale matrix -> microgrid | pos=noun gate=always conf=0.95
smaller scale matrix -> microgrid | pos=noun gate=always conf=0.95
miniaturized scale network -> microgrid | pos=noun gate=always conf=0.95
lattice associated -> grid-connected | gate=always conf=0.95
matrix associated -> grid-connected | gate=always conf=0.95
network associated -> grid-connected | gate=always conf=0.95
framework associated -> grid-connected | gate=always conf=0.95
appropriated age -> distributed generation | gate=always conf=0.95
circulated age -> distributed generation | gate=always conf=0.95
dispersed age -> distributed generation | gate=always conf=0.95
disseminated age -> distributed generation | gate=always conf=0.95
conveyed age -> distributed generation | gate=always conf=0.95
appropriation organization -> distribution network | pos=noun gate=always conf=0.95
conveyance organization -> distribution network | pos=noun gate=always conf=0.95
dissemination organization -> distribution network | pos=noun gate=always conf=0.95
appropriation framework -> distribution system | pos=noun gate=always conf=0.95
dispersion framework -> distribution system | pos=noun gate=always conf=0.95
dissemination framework -> distribution system | pos=noun gate=always conf=0.95
receptive force -> reactive power | gate=always conf=0.95
responsive force -> reactive power | gate=always conf=0.95
receptive power -> reactive power | gate=always conf=0.95
dynamic force -> active power | gate=always conf=0.95
clear force -> apparent power | gate=always conf=0.95
evident force -> apparent power | gate=always conf=0.95
symphonious bending -> harmonic distortion | gate=always conf=0.95
consonant contortion -> harmonic distortion | gate=always conf=0.95
consonant twisting -> harmonic distortion | gate=always conf=0.95
symphonious mutilation -> harmonic distortion | gate=always conf=0.95
complete consonant contortion -> total harmonic distortion | gate=always conf=0.95
all out symphonious bending -> total harmonic distortion | gate=always conf=0.95
absolute symphonious mutilation -> total harmonic distortion | gate=always conf=0.95
voltage hang -> voltage sag | pos=noun gate=always conf=0.95
staggered inverter -> multilevel inverter | pos=noun gate=always conf=0.95
staggered converter -> multilevel converter | pos=noun gate=always conf=0.95
help converter -> boost converter | pos=noun gate=always conf=0.95
lift converter -> boost converter | pos=noun gate=always conf=0.95
buck-support converter -> buck-boost converter | pos=noun gate=always conf=0.95
buck-help converter -> buck-boost converter | pos=noun gate=always conf=0.95
dynamic force channel -> active power filter | pos=noun gate=always conf=0.95
uninterruptible force supply -> uninterruptible power supply | pos=noun gate=always conf=0.95
high voltage direct flow -> high voltage direct current | gate=always conf=0.95
exchanging current -> alternating current | gate=always conf=0.95
substituting current -> alternating current | gate=always conf=0.95
exchanging flow -> alternating current | gate=always conf=0.95
substituting flow -> alternating current | gate=always conf=0.95
acceptance engine -> induction motor | pos=noun gate=always conf=0.95
    + The acceptance engine drives a pump. -> The induction motor drives a pump.
enlistment engine -> induction motor | pos=noun gate=always conf=0.95
acceptance generator -> induction generator | pos=noun gate=always conf=0.95
enlistment generator -> induction generator | pos=noun gate=always conf=0.95
doubly took care of enlistment generator -> doubly fed induction generator | pos=noun gate=always conf=0.95
doubly took care of acceptance generator -> doubly fed induction generator | pos=noun gate=always conf=0.95
lasting magnet -> permanent magnet | pos=noun gate=always conf=0.95
perpetual magnet -> permanent magnet | pos=noun gate=always conf=0.95
changeless magnet -> permanent magnet | pos=noun gate=always conf=0.95
super durable magnet -> permanent magnet | pos=noun gate=always conf=0.95
simultaneous engine -> synchronous motor | pos=noun gate=always conf=0.95
synchronous engine -> synchronous motor | pos=noun gate=always conf=0.95
DC engine -> DC motor | pos=noun gate=always conf=0.95
stepper engine -> stepper motor | pos=noun gate=always conf=0.95
venturing engine -> stepper motor | pos=noun gate=always conf=0.95
changed hesitance engine -> switched reluctance motor | pos=noun gate=always conf=0.95
exchanged hesitance engine -> switched reluctance motor | pos=noun gate=always conf=0.95
most extreme force point following -> maximum power point tracking | gate=always conf=0.95
greatest force point following -> maximum power point tracking | gate=always conf=0.95
most extreme power point following -> maximum power point tracking | gate=always conf=0.95
greatest power point following -> maximum power point tracking | gate=always conf=0.95
control framework -> control system | pos=noun gate=always conf=0.95
control calculation -> control algorithm | pos=noun gate=always conf=0.95
criticism control -> feedback control | gate=always conf=0.95
criticism circle -> feedback loop | pos=noun gate=always conf=0.95
input circle -> feedback loop | pos=noun gate=always conf=0.95
shut circle -> closed loop | pos=noun gate=always conf=0.95
open circle control -> open-loop control | gate=always conf=0.95
shut circle control -> closed-loop control | gate=always conf=0.95
exchange work -> transfer function | pos=noun gate=always conf=0.95
move work -> transfer function | pos=noun gate=always conf=0.95
move capacity -> transfer function | pos=noun gate=always conf=0.95
relative vital subordinate -> proportional integral derivative | gate=always conf=0.95
corresponding indispensable subsidiary -> proportional integral derivative | gate=always conf=0.95
relative essential subsidiary -> proportional integral derivative | gate=always conf=0.95
corresponding necessary subordinate -> proportional integral derivative | gate=always conf=0.95
relative fundamental subordinate -> proportional integral derivative | gate=always conf=0.95
PID regulator -> PID controller | pos=noun gate=always conf=0.95
    + A PID regulator holds the speed. -> A PID controller holds the speed.
PI regulator -> PI controller | pos=noun gate=always conf=0.95
fluffy rationale regulator -> fuzzy logic controller | pos=noun gate=always conf=0.95
sliding mode regulator -> sliding mode controller | pos=noun gate=always conf=0.95
model prescient control -> model predictive control | gate=always conf=0.95
model prescient regulator -> model predictive controller | pos=noun gate=always conf=0.95
direct quadratic regulator -> linear quadratic regulator | pos=noun gate=always conf=0.95
straight quadratic regulator -> linear quadratic regulator | pos=noun gate=always conf=0.95
consistent state blunder -> steady-state error | gate=always conf=0.95
unfaltering state blunder -> steady-state error | gate=always conf=0.95
relentless state blunder -> steady-state error | gate=always conf=0.95
unfaltering state -> steady state | gate=always conf=0.95
relentless state -> steady state | gate=always conf=0.95
obligation cycle -> duty cycle | pos=noun gate=always conf=0.95
obligation proportion -> duty ratio | gate=always conf=0.95
warm conductivity -> thermal conductivity | gate=always conf=0.95
    + Copper has high warm conductivity. -> Copper has high thermal conductivity.
warm protection -> thermal insulation | gate=always conf=0.95
warm development -> thermal expansion | gate=always conf=0.95
warm extension -> thermal expansion | gate=always conf=0.95
warm dependability -> thermal stability | gate=always conf=0.95
warm steadiness -> thermal stability | gate=always conf=0.95
warm solidness -> thermal stability | gate=always conf=0.95
warm properties -> thermal properties | gate=always conf=0.95
warm examination -> thermal analysis | gate=always conf=0.95
warm investigation -> thermal analysis | gate=always conf=0.95
warm radiation -> thermal radiation | gate=always conf=0.95
warm conduction -> thermal conduction | gate=always conf=0.95
warm obstruction -> thermal resistance | gate=always conf=0.95
warm administration -> thermal management | gate=always conf=0.95
warm solace -> thermal comfort | gate=always conf=0.95
warm productivity -> thermal efficiency | gate=always conf=0.95
warm effectiveness -> thermal efficiency | gate=always conf=0.95
warm imaging -> thermal imaging | gate=always conf=0.95
warm pressure -> thermal stress | gate=always conf=0.95
warm stun -> thermal shock | gate=always conf=0.95
warm power plant -> thermal power plant | pos=noun gate=always conf=0.95
warmth move -> heat transfer | gate=always conf=0.95
    + Warmth move occurs by convection. -> Heat transfer occurs by convection.
heat move -> heat transfer | gate=always conf=0.95
warmth exchanger -> heat exchanger | pos=noun gate=always conf=0.95
warm exchanger -> heat exchanger | pos=noun gate=always conf=0.95
warmth sink -> heat sink | pos=noun gate=always conf=0.95
warmth treatment -> heat treatment | gate=always conf=0.95
warmth influenced zone -> heat-affected zone | gate=always conf=0.95
warmth stun -> heat shock | gate=always conf=0.95
heat stun -> heat shock | gate=always conf=0.95
warmth pressure -> heat stress | gate=always conf=0.95
normal convection -> natural convection | gate=always conf=0.95
characteristic convection -> natural convection | gate=always conf=0.95
constrained convection -> forced convection | gate=always conf=0.95
laminar stream -> laminar flow | gate=always conf=0.95
tempestuous stream -> turbulent flow | gate=always conf=0.95
fierce stream -> turbulent flow | gate=always conf=0.95
violent stream -> turbulent flow | gate=always conf=0.95
turbulent stream -> turbulent flow | gate=always conf=0.95
choppiness model -> turbulence model | pos=noun gate=always conf=0.95
disturbance model -> turbulence model | pos=noun gate=always conf=0.95
computational liquid elements -> computational fluid dynamics | gate=always conf=0.95
    + Computational liquid elements predicts drag. -> Computational fluid dynamics predicts drag.
computational liquid dynamics -> computational fluid dynamics | gate=always conf=0.95
liquid elements -> fluid dynamics | gate=always conf=0.95
liquid mechanics -> fluid mechanics | gate=always conf=0.95
liquid stream -> fluid flow | gate=always conf=0.95
limit layer -> boundary layer | pos=noun gate=always conf=0.95
limit condition -> boundary condition | pos=noun gate=always conf=0.95
    + Periodic limit conditions are applied. -> Periodic boundary conditions are applied.
introductory condition -> initial condition | pos=noun gate=always conf=0.95
mass stream rate -> mass flow rate | gate=always conf=0.95
stream field -> flow field | pos=noun gate=always conf=0.95
weight drop -> pressure drop | pos=noun gate=always conf=0.95
weight dissemination -> pressure distribution | gate=always conf=0.95
weight circulation -> pressure distribution | gate=always conf=0.95
weight vessel -> pressure vessel | pos=noun gate=always conf=0.95
temperature circulation -> temperature distribution | gate=always conf=0.95
temperature dispersion -> temperature distribution | gate=always conf=0.95
temperature appropriation -> temperature distribution | gate=always conf=0.95
temperature slope -> temperature gradient | pos=noun gate=always conf=0.95
temperature angle -> temperature gradient | pos=noun gate=always conf=0.95
temperature inclination -> temperature gradient | pos=noun gate=always conf=0.95
pressure driven conductivity -> hydraulic conductivity | gate=always conf=0.95
water powered conductivity -> hydraulic conductivity | gate=always conf=0.95
water driven framework -> hydraulic system | pos=noun gate=always conf=0.95
water powered framework -> hydraulic system | pos=noun gate=always conf=0.95
pressure driven framework -> hydraulic system | pos=noun gate=always conf=0.95

# == materials, chemistry, structures ==
malleable quality -> tensile strength | gate=always conf=0.95
    + The malleable quality rose by 20%. -> The tensile strength rose by 20%.
pliable quality -> tensile strength | gate=always conf=0.95
elastic quality -> tensile strength | gate=always conf=0.95
ductile quality -> tensile strength | gate=always conf=0.95
tractable quality -> tensile strength | gate=always conf=0.95
compressive quality -> compressive strength | gate=always conf=0.95
flexural quality -> flexural strength | gate=always conf=0.95
shear quality -> shear strength | gate=always conf=0.95
yield quality -> yield strength | gate=always conf=0.95
weariness quality -> fatigue strength | gate=always conf=0.95
exhaustion quality -> fatigue strength | gate=always conf=0.95
weakness life -> fatigue life | gate=always conf=0.95
weariness life -> fatigue life | gate=always conf=0.95
exhaustion life -> fatigue life | gate=always conf=0.95
crack durability -> fracture toughness | gate=always conf=0.95
break sturdiness -> fracture toughness | gate=always conf=0.95
crack sturdiness -> fracture toughness | gate=always conf=0.95
break durability -> fracture toughness | gate=always conf=0.95
crack mechanics -> fracture mechanics | gate=always conf=0.95
break mechanics -> fracture mechanics | gate=always conf=0.95
youthful's modulus -> Young's modulus | gate=always conf=0.95
flexible modulus -> elastic modulus | gate=always conf=0.95
versatile modulus -> elastic modulus | gate=always conf=0.95
modulus of flexibility -> modulus of elasticity | gate=always conf=0.95
modulus of versatility -> modulus of elasticity | gate=always conf=0.95
Poisson's proportion -> Poisson's ratio | gate=always conf=0.95
stress-strain bend -> stress-strain curve | pos=noun gate=always conf=0.95
erosion obstruction -> corrosion resistance | gate=always conf=0.95
consumption obstruction -> corrosion resistance | gate=always conf=0.95
erosion opposition -> corrosion resistance | gate=always conf=0.95
consumption opposition -> corrosion resistance | gate=always conf=0.95
wear obstruction -> wear resistance | gate=always conf=0.95
wear opposition -> wear resistance | gate=always conf=0.95
scraped area obstruction -> abrasion resistance | gate=always conf=0.95
effect quality -> impact strength | gate=always conf=0.95
surface unpleasantness -> surface roughness | gate=always conf=0.95
surface harshness -> surface roughness | gate=always conf=0.95
grinding mix welding -> friction stir welding | gate=always conf=0.95
grating mix welding -> friction stir welding | gate=always conf=0.95
contact mix welding -> friction stir welding | gate=always conf=0.95
grinding coefficient -> friction coefficient | pos=noun gate=always conf=0.95
coefficient of grating -> coefficient of friction | gate=always conf=0.95
added substance fabricating -> additive manufacturing | gate=always conf=0.95
    + Added substance fabricating builds the part layer by layer. -> Additive manufacturing builds the part layer by layer.
added substance producing -> additive manufacturing | gate=always conf=0.95
added substance assembling -> additive manufacturing | gate=always conf=0.95
infusion shaping -> injection molding | gate=always conf=0.95
infusion embellishment -> injection molding | gate=always conf=0.95
infusion forming -> injection molding | gate=always conf=0.95
lean assembling -> lean manufacturing | gate=always conf=0.95
adaptable assembling framework -> flexible manufacturing system | pos=noun gate=always conf=0.95
fortified solid -> reinforced concrete | gate=always conf=0.95
strengthened solid -> reinforced concrete | gate=always conf=0.95
built up solid -> reinforced concrete | gate=always conf=0.95
solid blend -> concrete mix | pos=noun gate=always conf=0.95
self-compacting solid -> self-compacting concrete | gate=always conf=0.95
geopolymer solid -> geopolymer concrete | gate=always conf=0.95
fiber fortified polymer -> fiber reinforced polymer | pos=noun gate=always conf=0.95
fiber strengthened polymer -> fiber reinforced polymer | pos=noun gate=always conf=0.95
fiber built up polymer -> fiber reinforced polymer | pos=noun gate=always conf=0.95
water-concrete proportion -> water-cement ratio | gate=always conf=0.95
water-bond proportion -> water-cement ratio | gate=always conf=0.95
Portland bond -> Portland cement | gate=always conf=0.95
underlying wellbeing observing -> structural health monitoring | gate=always conf=0.95
primary wellbeing checking -> structural health monitoring | gate=always conf=0.95
auxiliary wellbeing observing -> structural health monitoring | gate=always conf=0.95
basic wellbeing observing -> structural health monitoring | gate=always conf=0.95
underlying examination -> structural analysis | gate=always conf=0.95
auxiliary examination -> structural analysis | gate=always conf=0.95
underlying plan -> structural design | gate=always conf=0.95
auxiliary plan -> structural design | gate=always conf=0.95
underlying designing -> structural engineering | gate=always conf=0.95
auxiliary designing -> structural engineering | gate=always conf=0.95
auxiliary honesty -> structural integrity | gate=always conf=0.95
basic honesty -> structural integrity | gate=always conf=0.95
underlying respectability -> structural integrity | gate=always conf=0.95
underlying trustworthiness -> structural integrity | gate=always conf=0.95
limited component strategy -> finite element method | gate=always conf=0.95
    + The limited component strategy models stress. -> The finite element method models stress.
limited component technique -> finite element method | gate=always conf=0.95
limited component examination -> finite element analysis | gate=always conf=0.95
limited component investigation -> finite element analysis | gate=always conf=0.95
limited component model -> finite element model | pos=noun gate=always conf=0.95
limited distinction strategy -> finite difference method | gate=always conf=0.95
limited distinction technique -> finite difference method | gate=always conf=0.95
limited volume strategy -> finite volume method | gate=always conf=0.95
limited volume technique -> finite volume method | gate=always conf=0.95
limited state machine -> finite state machine | pos=noun gate=always conf=0.95
limited robot -> finite automaton | gate=always conf=0.95
seismic tremor designing -> earthquake engineering | gate=always conf=0.95
quake designing -> earthquake engineering | gate=always conf=0.95
seismic examination -> seismic analysis | gate=always conf=0.95
seismic investigation -> seismic analysis | gate=always conf=0.95
incline steadiness -> slope stability | gate=always conf=0.95
slant steadiness -> slope stability | gate=always conf=0.95
incline dependability -> slope stability | gate=always conf=0.95
avalanche powerlessness -> landslide susceptibility | gate=always conf=0.95
avalanche vulnerability -> landslide susceptibility | gate=always conf=0.95
avalanche helplessness -> landslide susceptibility | gate=always conf=0.95
checking electron magnifying instrument -> scanning electron microscope | pos=noun gate=always conf=0.95
    + A checking electron magnifying instrument imaged the surface. -> A scanning electron microscope imaged the surface.
filtering electron magnifying instrument -> scanning electron microscope | pos=noun gate=always conf=0.95
examining electron magnifying instrument -> scanning electron microscope | pos=noun gate=always conf=0.95
transmission electron magnifying instrument -> transmission electron microscope | pos=noun gate=always conf=0.95
electron magnifying instrument -> electron microscope | pos=noun gate=always conf=0.95
nuclear power magnifying instrument -> atomic force microscope | pos=noun gate=always conf=0.95
atomic force magnifying instrument -> atomic force microscope | pos=noun gate=always conf=0.95
checking electron microscopy -> scanning electron microscopy | gate=always conf=0.95
filtering electron microscopy -> scanning electron microscopy | gate=always conf=0.95
examining electron microscopy -> scanning electron microscopy | gate=always conf=0.95
X-beam -> X-ray | pos=noun gate=always conf=0.95
    + X-beam diffraction confirmed the phase. -> X-ray diffraction confirmed the phase.
gamma beam -> gamma ray | pos=noun gate=always conf=0.95
enormous beams -> cosmic rays | gate=always conf=0.95
infinite beams -> cosmic rays | gate=always conf=0.95
vast beams -> cosmic rays | gate=always conf=0.95
grandiose beams -> cosmic rays | gate=always conf=0.95
nuclear ingestion spectroscopy -> atomic absorption spectroscopy | gate=always conf=0.95
nuclear retention spectroscopy -> atomic absorption spectroscopy | gate=always conf=0.95
nuclear assimilation spectroscopy -> atomic absorption spectroscopy | gate=always conf=0.95
nuclear outflow spectroscopy -> atomic emission spectroscopy | gate=always conf=0.95
nuclear discharge spectroscopy -> atomic emission spectroscopy | gate=always conf=0.95
atomic attractive reverberation -> nuclear magnetic resonance | gate=always conf=0.95
attractive reverberation imaging -> magnetic resonance imaging | gate=always conf=0.95
    + Attractive reverberation imaging showed a lesion. -> Magnetic resonance imaging showed a lesion.
attractive reverberation -> magnetic resonance | gate=always conf=0.95
electron turn reverberation -> electron spin resonance | gate=always conf=0.95
electron paramagnetic reverberation -> electron paramagnetic resonance | gate=always conf=0.95
surface plasmon reverberation -> surface plasmon resonance | gate=always conf=0.95
reverberation recurrence -> resonance frequency | pos=noun gate=always conf=0.95
resounding recurrence -> resonant frequency | pos=noun gate=always conf=0.95
thunderous recurrence -> resonant frequency | pos=noun gate=always conf=0.95
normal recurrence -> natural frequency | pos=noun gate=always conf=0.95
characteristic recurrence -> natural frequency | pos=noun gate=always conf=0.95
attractive field -> magnetic field | pos=noun gate=always conf=0.95
    + The attractive field was 2 T. -> The magnetic field was 2 T.
attractive nanoparticles -> magnetic nanoparticles | gate=always conf=0.95
attractive minute -> magnetic moment | pos=noun gate=always conf=0.95
attractive vulnerability -> magnetic susceptibility | gate=always conf=0.95
attractive powerlessness -> magnetic susceptibility | gate=always conf=0.95
attractive levitation -> magnetic levitation | gate=always conf=0.95
attractive partition -> magnetic separation | gate=always conf=0.95
fluid chromatography -> liquid chromatography | gate=always conf=0.95
high-execution fluid chromatography -> high-performance liquid chromatography | gate=always conf=0.95
elite fluid chromatography -> high-performance liquid chromatography | gate=always conf=0.95
superior fluid chromatography -> high-performance liquid chromatography | gate=always conf=0.95
slender layer chromatography -> thin layer chromatography | gate=always conf=0.95
flimsy layer chromatography -> thin layer chromatography | gate=always conf=0.95
dainty layer chromatography -> thin layer chromatography | gate=always conf=0.95
meager layer chromatography -> thin layer chromatography | gate=always conf=0.95
slim film -> thin film | pos=noun gate=always conf=0.95
slight film -> thin film | pos=noun gate=always conf=0.95
meager film -> thin film | pos=noun gate=always conf=0.95
flimsy film -> thin film | pos=noun gate=always conf=0.95
dainty film -> thin film | pos=noun gate=always conf=0.95
compound vapor affidavit -> chemical vapor deposition | gate=always conf=0.95
synthetic vapor testimony -> chemical vapor deposition | gate=always conf=0.95
substance vapor statement -> chemical vapor deposition | gate=always conf=0.95
compound vapor statement -> chemical vapor deposition | gate=always conf=0.95
synthetic vapor affidavit -> chemical vapor deposition | gate=always conf=0.95
physical vapor affidavit -> physical vapor deposition | gate=always conf=0.95
physical vapor testimony -> physical vapor deposition | gate=always conf=0.95
nuclear layer affidavit -> atomic layer deposition | gate=always conf=0.95
nuclear layer testimony -> atomic layer deposition | gate=always conf=0.95
decreased graphene oxide -> reduced graphene oxide | gate=always conf=0.95
diminished graphene oxide -> reduced graphene oxide | gate=always conf=0.95
substance response -> chemical reaction | pos=noun gate=always conf=0.95
compound response -> chemical reaction | pos=noun gate=always conf=0.95
synthetic response -> chemical reaction | pos=noun gate=always conf=0.95
substance creation -> chemical composition | gate=always conf=0.95
synthetic creation -> chemical composition | gate=always conf=0.95
substance bond -> chemical bond | pos=noun gate=always conf=0.95
synthetic mixes -> chemical compounds | gate=always conf=0.95
natural mixes -> organic compounds | gate=always conf=0.95
unpredictable natural mixes -> volatile organic compounds | gate=always conf=0.95
unstable natural mixes -> volatile organic compounds | gate=always conf=0.95
phenolic mixes -> phenolic compounds | gate=always conf=0.95
bioactive mixes -> bioactive compounds | gate=always conf=0.95
hydrogen holding -> hydrogen bonding | gate=always conf=0.95
covalent holding -> covalent bonding | gate=always conf=0.95
van der Waals powers -> van der Waals forces | gate=always conf=0.95
amino corrosive -> amino acid | pos=noun gate=always conf=0.95
    + Glycine is the simplest amino corrosive. -> Glycine is the simplest amino acid.
nucleic corrosive -> nucleic acid | pos=noun gate=always conf=0.95
lactic corrosive -> lactic acid | gate=always conf=0.95
acidic corrosive -> acetic acid | gate=always conf=0.95
hydrochloric corrosive -> hydrochloric acid | gate=always conf=0.95
sulfuric corrosive -> sulfuric acid | gate=always conf=0.95
nitric corrosive -> nitric acid | gate=always conf=0.95
folic corrosive -> folic acid | gate=always conf=0.95
hyaluronic corrosive -> hyaluronic acid | gate=always conf=0.95
ascorbic corrosive -> ascorbic acid | gate=always conf=0.95
uric corrosive -> uric acid | gate=always conf=0.95
deoxyribonucleic corrosive -> deoxyribonucleic acid | gate=always conf=0.95
ribonucleic corrosive -> ribonucleic acid | gate=always conf=0.95
corrosive rain -> acid rain | gate=always conf=0.95
actuated carbon -> activated carbon | gate=always conf=0.95
initiated carbon -> activated carbon | gate=always conf=0.95
enacted carbon -> activated carbon | gate=always conf=0.95
actuated slime -> activated sludge | gate=always conf=0.95
initiated slime -> activated sludge | gate=always conf=0.95
enacted slime -> activated sludge | gate=always conf=0.95
hefty metals -> heavy metals | gate=always conf=0.95
substantial metals -> heavy metals | gate=always conf=0.95
weighty metals -> heavy metals | gate=always conf=0.95
weighty metal particles -> heavy metal ions | gate=always conf=0.95
substantial metal particles -> heavy metal ions | gate=always conf=0.95
adsorption limit -> adsorption capacity | gate=always conf=0.95
explicit surface region -> specific surface area | gate=always conf=0.95
explicit surface zone -> specific surface area | gate=always conf=0.95
molecule size dissemination -> particle size distribution | gate=always conf=0.95
molecule size circulation -> particle size distribution | gate=always conf=0.95
molecule size appropriation -> particle size distribution | gate=always conf=0.95
pore size dissemination -> pore size distribution | gate=always conf=0.95
pore size appropriation -> pore size distribution | gate=always conf=0.95
respectable metal -> noble metal | pos=noun gate=always conf=0.95
honorable metal -> noble metal | pos=noun gate=always conf=0.95
progress metal -> transition metal | pos=noun gate=always conf=0.95
change metal -> transition metal | pos=noun gate=always conf=0.95
uncommon earth components -> rare earth elements | gate=always conf=0.95
uncommon earth elements -> rare earth elements | gate=always conf=0.95
follow components -> trace elements | gate=always conf=0.95
intermittent table -> periodic table | gate=always conf=0.95
photocatalytic corruption -> photocatalytic degradation | gate=always conf=0.95
photocatalytic debasement -> photocatalytic degradation | gate=always conf=0.95
photocatalytic movement -> photocatalytic activity | gate=always conf=0.95
water parting -> water splitting | gate=always conf=0.95
hydrogen stockpiling -> hydrogen storage | gate=always conf=0.95
hydrogen creation -> hydrogen production | gate=always conf=0.95
green union -> green synthesis | gate=always conf=0.95
nanoparticle union -> nanoparticle synthesis | gate=always conf=0.95
hydrothermal union -> hydrothermal synthesis | gate=always conf=0.95
protein union -> protein synthesis | gate=always conf=0.95
watery arrangement -> aqueous solution | pos=noun gate=always conf=0.95
stock arrangement -> stock solution | pos=noun gate=always conf=0.95
cradle arrangement -> buffer solution | pos=noun gate=always conf=0.95
natural dissolvable -> organic solvent | pos=noun gate=always conf=0.95
dissolvable extraction -> solvent extraction | gate=always conf=0.95
fundamental oil -> essential oil | pos=noun gate=always conf=0.95
    + Fundamental oils of lavender were tested. -> Essential oils of lavender were tested.
basic oil -> essential oil | pos=noun gate=always conf=0.95
plant separates -> plant extracts | gate=always conf=0.95
plant extricates -> plant extracts | gate=always conf=0.95
leaf separate -> leaf extract | pos=noun gate=always conf=0.95
leaf extricate -> leaf extract | pos=noun gate=always conf=0.95
ethanolic separate -> ethanolic extract | pos=noun gate=always conf=0.95
methanolic separate -> methanolic extract | pos=noun gate=always conf=0.95
watery concentrate -> aqueous extract | pos=noun gate=always conf=0.95
watery separate -> aqueous extract | pos=noun gate=always conf=0.95
unrefined concentrate -> crude extract | pos=noun gate=always conf=0.95
all out phenolic content -> total phenolic content | gate=always conf=0.95
absolute phenolic content -> total phenolic content | gate=always conf=0.95
complete phenolic content -> total phenolic content | gate=always conf=0.95
all out flavonoid content -> total flavonoid content | gate=always conf=0.95
absolute flavonoid content -> total flavonoid content | gate=always conf=0.95
optional metabolites -> secondary metabolites | gate=always conf=0.95
auxiliary metabolites -> secondary metabolites | gate=always conf=0.95

# == statistics and mathematics ==
mean square blunder -> mean square error | gate=always conf=0.95
    + The mean square blunder was 0.02. -> The mean square error was 0.02.
mean squared blunder -> mean squared error | gate=always conf=0.95
mean outright blunder -> mean absolute error | gate=always conf=0.95
mean supreme blunder -> mean absolute error | gate=always conf=0.95
mean total blunder -> mean absolute error | gate=always conf=0.95
mean outright rate blunder -> mean absolute percentage error | gate=always conf=0.95
mean supreme rate blunder -> mean absolute percentage error | gate=always conf=0.95
standard blunder -> standard error | pos=noun gate=always conf=0.95
standard aberration -> standard deviation | pos=noun gate=always conf=0.95
estimation blunder -> measurement error | pos=noun gate=always conf=0.95
expectation blunder -> prediction error | pos=noun gate=always conf=0.95
relative blunder -> relative error | pos=noun gate=always conf=0.95
outright blunder -> absolute error | pos=noun gate=always conf=0.95
quantization blunder -> quantization error | pos=noun gate=always conf=0.95
irregular blunder -> random error | pos=noun gate=always conf=0.95
arbitrary blunder -> random error | pos=noun gate=always conf=0.95
deliberate blunder -> systematic error | pos=noun gate=always conf=0.95
orderly blunder -> systematic error | pos=noun gate=always conf=0.95
methodical blunder -> systematic error | pos=noun gate=always conf=0.95
blunder investigation -> error analysis | gate=always conf=0.95
blunder examination -> error analysis | gate=always conf=0.95
blunder remedy -> error correction | gate=always conf=0.95
blunder revision -> error correction | gate=always conf=0.95
mistake revision -> error correction | gate=always conf=0.95
blunder location -> error detection | gate=always conf=0.95
blunder identification -> error detection | gate=always conf=0.95
blunder engendering -> error propagation | gate=always conf=0.95
blunder proliferation -> error propagation | gate=always conf=0.95
blunder bar -> error bar | pos=noun gate=always conf=0.95
chances proportion -> odds ratio | pos=noun gate=always conf=0.95
    + The chances proportion was 2.1. -> The odds ratio was 2.1.
peril proportion -> hazard ratio | pos=noun gate=always conf=0.95
hazard proportion -> hazard ratio | pos=noun gate=always conf=0.95
risk proportion -> risk ratio | pos=noun gate=always conf=0.95
probability proportion -> likelihood ratio | pos=noun gate=always conf=0.95
certainty stretch -> confidence interval | pos=noun gate=always conf=0.95
    + The 95% certainty stretch excluded zero. -> The 95% confidence interval excluded zero.
certainty span -> confidence interval | pos=noun gate=always conf=0.95
certainty interim -> confidence interval | pos=noun gate=always conf=0.95
certainty level -> confidence level | pos=noun gate=always conf=0.95
p-esteem -> p-value | pos=noun gate=always conf=0.95
p esteem -> p value | pos=noun gate=always conf=0.95 id=science:p_esteem->p_value.2
measurable importance -> statistical significance | gate=always conf=0.95
factual importance -> statistical significance | gate=always conf=0.95
measurably huge -> statistically significant | gate=always conf=0.95
factually huge -> statistically significant | gate=always conf=0.95
measurably critical -> statistically significant | gate=always conf=0.95
factually critical -> statistically significant | gate=always conf=0.95
factually noteworthy -> statistically significant | gate=always conf=0.95
measurably noteworthy -> statistically significant | gate=always conf=0.95
measurable investigation -> statistical analysis | gate=always conf=0.95
factual investigation -> statistical analysis | gate=always conf=0.95
factual examination -> statistical analysis | gate=always conf=0.95
measurable examination -> statistical analysis | gate=always conf=0.95
measurable strategies -> statistical methods | gate=always conf=0.95
factual strategies -> statistical methods | gate=always conf=0.95
factual displaying -> statistical modeling | gate=always conf=0.95
measurable displaying -> statistical modeling | gate=always conf=0.95
factual demonstrating -> statistical modeling | gate=always conf=0.95
measurable demonstrating -> statistical modeling | gate=always conf=0.95
factual mechanics -> statistical mechanics | gate=always conf=0.95
measurable mechanics -> statistical mechanics | gate=always conf=0.95
factual cycle control -> statistical process control | gate=always conf=0.95
measurable cycle control -> statistical process control | gate=always conf=0.95
factual interaction control -> statistical process control | gate=always conf=0.95
invalid speculation -> null hypothesis | gate=always conf=0.95
    + The invalid speculation was rejected. -> The null hypothesis was rejected.
invalid theory -> null hypothesis | gate=always conf=0.95
elective speculation -> alternative hypothesis | gate=always conf=0.95
speculation testing -> hypothesis testing | gate=always conf=0.95
speculation test -> hypothesis test | pos=noun gate=always conf=0.95
understudy's t-test -> Student's t-test | gate=always conf=0.95
combined t-test -> paired t-test | gate=always conf=0.95
matched t-test -> paired t-test | gate=always conf=0.95
examination of change -> analysis of variance | gate=always conf=0.95
investigation of fluctuation -> analysis of variance | gate=always conf=0.95
examination of fluctuation -> analysis of variance | gate=always conf=0.95
investigation of change -> analysis of variance | gate=always conf=0.95
investigation of difference -> analysis of variance | gate=always conf=0.95
examination of difference -> analysis of variance | gate=always conf=0.95
relationship coefficient -> correlation coefficient | pos=noun gate=always conf=0.95
    + The relationship coefficient was 0.8. -> The correlation coefficient was 0.8.
connection coefficient -> correlation coefficient | pos=noun gate=always conf=0.95
relationship investigation -> correlation analysis | gate=always conf=0.95
connection investigation -> correlation analysis | gate=always conf=0.95
connection examination -> correlation analysis | gate=always conf=0.95
relationship examination -> correlation analysis | gate=always conf=0.95
Pearson relationship -> Pearson correlation | gate=always conf=0.95
Pearson connection -> Pearson correlation | gate=always conf=0.95
Spearman rank connection -> Spearman rank correlation | gate=always conf=0.95
Spearman's position connection -> Spearman's rank correlation | gate=always conf=0.95
relationship lattice -> correlation matrix | gate=always conf=0.95
connection lattice -> correlation matrix | gate=always conf=0.95
covariance network -> covariance matrix | gate=always conf=0.95
covariance framework -> covariance matrix | gate=always conf=0.95
likelihood thickness work -> probability density function | pos=noun gate=always conf=0.95
likelihood thickness capacity -> probability density function | pos=noun gate=always conf=0.95
likelihood circulation -> probability distribution | pos=noun gate=always conf=0.95
    + A likelihood circulation over classes. -> A probability distribution over classes.
likelihood dissemination -> probability distribution | pos=noun gate=always conf=0.95
likelihood appropriation -> probability distribution | pos=noun gate=always conf=0.95
likelihood conveyance -> probability distribution | pos=noun gate=always conf=0.95
combined circulation work -> cumulative distribution function | pos=noun gate=always conf=0.95
aggregate dispersion work -> cumulative distribution function | pos=noun gate=always conf=0.95
total circulation work -> cumulative distribution function | pos=noun gate=always conf=0.95
typical dissemination -> normal distribution | pos=noun gate=always conf=0.95
ordinary dissemination -> normal distribution | pos=noun gate=always conf=0.95
ordinary circulation -> normal distribution | pos=noun gate=always conf=0.95
typical circulation -> normal distribution | pos=noun gate=always conf=0.95
ordinary appropriation -> normal distribution | pos=noun gate=always conf=0.95
typical appropriation -> normal distribution | pos=noun gate=always conf=0.95
Gaussian dispersion -> Gaussian distribution | pos=noun gate=always conf=0.95
Gaussian appropriation -> Gaussian distribution | pos=noun gate=always conf=0.95
Gaussian circulation -> Gaussian distribution | pos=noun gate=always conf=0.95
Poisson circulation -> Poisson distribution | pos=noun gate=always conf=0.95
Poisson appropriation -> Poisson distribution | pos=noun gate=always conf=0.95
binomial circulation -> binomial distribution | pos=noun gate=always conf=0.95
binomial appropriation -> binomial distribution | pos=noun gate=always conf=0.95
exponential circulation -> exponential distribution | pos=noun gate=always conf=0.95
exponential appropriation -> exponential distribution | pos=noun gate=always conf=0.95
uniform appropriation -> uniform distribution | pos=noun gate=always conf=0.95
Weibull circulation -> Weibull distribution | pos=noun gate=always conf=0.95
Weibull appropriation -> Weibull distribution | pos=noun gate=always conf=0.95
greatest probability -> maximum likelihood | gate=always conf=0.95
most extreme probability -> maximum likelihood | gate=always conf=0.95
normal least squares -> ordinary least squares | gate=always conf=0.95
common least squares -> ordinary least squares | gate=always conf=0.95
customary least squares -> ordinary least squares | gate=always conf=0.95
conventional least squares -> ordinary least squares | gate=always conf=0.95
fractional least squares -> partial least squares | gate=always conf=0.95
halfway least squares -> partial least squares | gate=always conf=0.95
incomplete least squares -> partial least squares | gate=always conf=0.95
Bayes hypothesis -> Bayes theorem | gate=always conf=0.95
Bayes' hypothesis -> Bayes' theorem | gate=always conf=0.95 id=science:bayes_hypothesis->bayes_theorem.2
focal breaking point hypothesis -> central limit theorem | gate=always conf=0.95
focal cutoff hypothesis -> central limit theorem | gate=always conf=0.95
law of enormous numbers -> law of large numbers | gate=always conf=0.95
law of huge numbers -> law of large numbers | gate=always conf=0.95
irregular variable -> random variable | pos=noun gate=always conf=0.95
arbitrary variable -> random variable | pos=noun gate=always conf=0.95
irregular factors -> random variables | gate=always conf=0.95
arbitrary factors -> random variables | gate=always conf=0.95
irregular number generator -> random number generator | pos=noun gate=always conf=0.95
irregular inspecting -> random sampling | gate=always conf=0.95
arbitrary inspecting -> random sampling | gate=always conf=0.95
irregular examining -> random sampling | gate=always conf=0.95
delineated examining -> stratified sampling | gate=always conf=0.95
separated inspecting -> stratified sampling | gate=always conf=0.95
defined inspecting -> stratified sampling | gate=always conf=0.95
comfort inspecting -> convenience sampling | gate=always conf=0.95
accommodation inspecting -> convenience sampling | gate=always conf=0.95
accommodation testing -> convenience sampling | gate=always conf=0.95
purposive inspecting -> purposive sampling | gate=always conf=0.95
purposive examining -> purposive sampling | gate=always conf=0.95
snowball inspecting -> snowball sampling | gate=always conf=0.95
test populace -> sample population | gate=always conf=0.95
inspecting blunder -> sampling error | pos=noun gate=always conf=0.95
Monte Carlo reenactment -> Monte Carlo simulation | pos=noun gate=always conf=0.95
    + A Monte Carlo reenactment estimated the risk. -> A Monte Carlo simulation estimated the risk.
Monte Carlo recreation -> Monte Carlo simulation | pos=noun gate=always conf=0.95
reenactment results -> simulation results | gate=always conf=0.95
recreation results -> simulation results | gate=always conf=0.95
reproduction results -> simulation results | gate=always conf=0.95
reenactment model -> simulation model | pos=noun gate=always conf=0.95
recreation model -> simulation model | pos=noun gate=always conf=0.95
reenactment study -> simulation study | gate=always conf=0.95
reenactment apparatus -> simulation tool | pos=noun gate=always conf=0.95
reenactment device -> simulation tool | pos=noun gate=always conf=0.95
reenactment programming -> simulation software | gate=always conf=0.95
numerical reenactment -> numerical simulation | pos=noun gate=always conf=0.95
mathematical reenactment -> numerical simulation | pos=noun gate=always conf=0.95
numerical recreation -> numerical simulation | pos=noun gate=always conf=0.95
mathematical recreation -> numerical simulation | pos=noun gate=always conf=0.95
mathematical reproduction -> numerical simulation | pos=noun gate=always conf=0.95
mathematical investigation -> numerical analysis | gate=always conf=0.95
mathematical examination -> numerical analysis | gate=always conf=0.95
mathematical strategy -> numerical method | pos=noun gate=always conf=0.95
mathematical technique -> numerical method | pos=noun gate=always conf=0.95
mathematical arrangement -> numerical solution | pos=noun gate=always conf=0.95
numerical displaying -> mathematical modeling | gate=always conf=0.95
numerical demonstrating -> mathematical modeling | gate=always conf=0.95
displaying and reenactment -> modeling and simulation | gate=always conf=0.95
demonstrating and reenactment -> modeling and simulation | gate=always conf=0.95
displaying and recreation -> modeling and simulation | gate=always conf=0.95
demonstrating and recreation -> modeling and simulation | gate=always conf=0.95
3D displaying -> 3D modeling | gate=always conf=0.95
3D demonstrating -> 3D modeling | gate=always conf=0.95
prescient displaying -> predictive modeling | gate=always conf=0.95
prescient demonstrating -> predictive modeling | gate=always conf=0.95
language displaying -> language modeling | gate=always conf=0.95
language demonstrating -> language modeling | gate=always conf=0.95
building data displaying -> building information modeling | gate=always conf=0.95
building data demonstrating -> building information modeling | gate=always conf=0.95
structure data displaying -> building information modeling | gate=always conf=0.95
structure data demonstrating -> building information modeling | gate=always conf=0.95
underlying condition displaying -> structural equation modeling | gate=always conf=0.95
auxiliary condition displaying -> structural equation modeling | gate=always conf=0.95
basic condition displaying -> structural equation modeling | gate=always conf=0.95
primary condition displaying -> structural equation modeling | gate=always conf=0.95
underlying condition demonstrating -> structural equation modeling | gate=always conf=0.95
auxiliary condition demonstrating -> structural equation modeling | gate=always conf=0.95
basic condition demonstrating -> structural equation modeling | gate=always conf=0.95
corroborative factor examination -> confirmatory factor analysis | gate=always conf=0.95
corroborative factor investigation -> confirmatory factor analysis | gate=always conf=0.95
confirmatory factor examination -> confirmatory factor analysis | gate=always conf=0.95
exploratory factor examination -> exploratory factor analysis | gate=always conf=0.95
exploratory factor investigation -> exploratory factor analysis | gate=always conf=0.95
factor examination -> factor analysis | gate=always conf=0.95
factor investigation -> factor analysis | gate=always conf=0.95
bunch investigation -> cluster analysis | gate=always conf=0.95
bunch examination -> cluster analysis | gate=always conf=0.95
unwavering quality -> reliability | gate=always conf=0.95
    + The unwavering quality of the scale was high. -> The reliability of the scale was high.
build legitimacy -> construct validity | gate=always conf=0.95
develop legitimacy -> construct validity | gate=always conf=0.95
substance legitimacy -> content validity | gate=always conf=0.95
focalized legitimacy -> convergent validity | gate=always conf=0.95
merged legitimacy -> convergent validity | gate=always conf=0.95
discriminant legitimacy -> discriminant validity | gate=always conf=0.95
outside legitimacy -> external validity | gate=always conf=0.95
inner legitimacy -> internal validity | gate=always conf=0.95
face legitimacy -> face validity | gate=always conf=0.95
inward consistency -> internal consistency | gate=always conf=0.95
interior consistency -> internal consistency | gate=always conf=0.95
affectability examination -> sensitivity analysis | gate=always conf=0.95
affectability investigation -> sensitivity analysis | gate=always conf=0.95
affectability and particularity -> sensitivity and specificity | gate=always conf=0.95
affectability -> sensitivity | gate=always conf=0.9
positive prescient worth -> positive predictive value | gate=always conf=0.95
negative prescient worth -> negative predictive value | gate=always conf=0.95
prescient worth -> predictive value | pos=noun gate=always conf=0.95
prescient model -> predictive model | pos=noun gate=always conf=0.95
prescient investigation -> predictive analytics | gate=always conf=0.95
prescient examination -> predictive analytics | gate=always conf=0.95
prescient upkeep -> predictive maintenance | gate=always conf=0.95
prescient support -> predictive maintenance | gate=always conf=0.95
prescient exactness -> predictive accuracy | gate=always conf=0.95
prescient precision -> predictive accuracy | gate=always conf=0.95
expectation model -> prediction model | pos=noun gate=always conf=0.95
expectation exactness -> prediction accuracy | gate=always conf=0.95
expectation precision -> prediction accuracy | gate=always conf=0.95
estimating model -> forecasting model | pos=noun gate=always conf=0.95
determining model -> forecasting model | pos=noun gate=always conf=0.95
anticipating model -> forecasting model | pos=noun gate=always conf=0.95
estimating exactness -> forecasting accuracy | gate=always conf=0.95
determining exactness -> forecasting accuracy | gate=always conf=0.95
time arrangement -> time series | gate=always conf=0.95
    + Time arrangement forecasting uses ARIMA. -> Time series forecasting uses ARIMA.
time arrangement examination -> time series analysis | gate=always conf=0.95
time arrangement investigation -> time series analysis | gate=always conf=0.95
boundary assessment -> parameter estimation | gate=always conf=0.95
boundary estimation -> parameter estimation | gate=always conf=0.95
boundary recognizable proof -> parameter identification | gate=always conf=0.95
boundary distinguishing proof -> parameter identification | gate=always conf=0.95
boundary tuning -> parameter tuning | gate=always conf=0.95
boundary streamlining -> parameter optimization | gate=always conf=0.95
boundary enhancement -> parameter optimization | gate=always conf=0.95
boundary advancement -> parameter optimization | gate=always conf=0.95
boundary determination -> parameter selection | gate=always conf=0.95
boundary esteem -> parameter value | pos=noun gate=always conf=0.95
piece thickness assessment -> kernel density estimation | gate=always conf=0.95
portion thickness assessment -> kernel density estimation | gate=always conf=0.95
bit thickness assessment -> kernel density estimation | gate=always conf=0.95
thickness assessment -> density estimation | gate=always conf=0.95
posture assessment -> pose estimation | gate=always conf=0.95
stance assessment -> pose estimation | gate=always conf=0.95
profundity assessment -> depth estimation | gate=always conf=0.95
movement assessment -> motion estimation | gate=always conf=0.95
movement estimation -> motion estimation | gate=always conf=0.95
request of greatness -> order of magnitude | gate=always conf=0.95
requests of greatness -> orders of magnitude | gate=always conf=0.95
reaction surface procedure -> response surface methodology | gate=always conf=0.95
reaction surface technique -> response surface methodology | gate=always conf=0.95
reaction surface strategy -> response surface methodology | gate=always conf=0.95
reaction surface philosophy -> response surface methodology | gate=always conf=0.95
focal composite plan -> central composite design | gate=always conf=0.95
Taguchi strategy -> Taguchi method | gate=always conf=0.95
Taguchi technique -> Taguchi method | gate=always conf=0.95
symmetrical exhibit -> orthogonal array | pos=noun gate=always conf=0.95
symmetrical cluster -> orthogonal array | pos=noun gate=always conf=0.95
plan of analyses -> design of experiments | gate=always conf=0.95
plan of tests -> design of experiments | gate=always conf=0.95
plan of trials -> design of experiments | gate=always conf=0.95
halfway differential condition -> partial differential equation | pos=noun gate=always conf=0.95
    + The halfway differential condition is solved numerically. -> The partial differential equation is solved numerically.
fractional differential condition -> partial differential equation | pos=noun gate=always conf=0.95
incomplete differential condition -> partial differential equation | pos=noun gate=always conf=0.95
common differential condition -> ordinary differential equation | pos=noun gate=always conf=0.95
customary differential condition -> ordinary differential equation | pos=noun gate=always conf=0.95
conventional differential condition -> ordinary differential equation | pos=noun gate=always conf=0.95
differential condition -> differential equation | pos=noun gate=always conf=0.95
straight condition -> linear equation | pos=noun gate=always conf=0.95
quadratic condition -> quadratic equation | pos=noun gate=always conf=0.95
halfway subordinate -> partial derivative | pos=noun gate=always conf=0.95
fractional subordinate -> partial derivative | pos=noun gate=always conf=0.95
incomplete subordinate -> partial derivative | pos=noun gate=always conf=0.95
halfway subsidiary -> partial derivative | pos=noun gate=always conf=0.95
incomplete subsidiary -> partial derivative | pos=noun gate=always conf=0.95
fragmentary math -> fractional calculus | gate=always conf=0.95
fragmentary analytics -> fractional calculus | gate=always conf=0.95
fragmentary request -> fractional order | gate=always conf=0.95
straight polynomial math -> linear algebra | gate=always conf=0.95
direct polynomial math -> linear algebra | gate=always conf=0.95
straight variable based math -> linear algebra | gate=always conf=0.95
direct variable based math -> linear algebra | gate=always conf=0.95
variable based math -> algebra | gate=always conf=0.95
Boolean variable based math -> Boolean algebra | gate=always conf=0.95
number hypothesis -> number theory | gate=always conf=0.95
bunch hypothesis -> group theory | gate=always conf=0.95
gathering hypothesis -> group theory | gate=always conf=0.95
game hypothesis -> game theory | gate=always conf=0.95
    + Game hypothesis models the auction. -> Game theory models the auction.
control hypothesis -> control theory | gate=always conf=0.95
likelihood hypothesis -> probability theory | gate=always conf=0.95
disorder hypothesis -> chaos theory | gate=always conf=0.95
turmoil hypothesis -> chaos theory | gate=always conf=0.95
mayhem hypothesis -> chaos theory | gate=always conf=0.95
tumult hypothesis -> chaos theory | gate=always conf=0.95
choice hypothesis -> decision theory | gate=always conf=0.95
direct mix -> linear combination | pos=noun gate=always conf=0.95
straight mix -> linear combination | pos=noun gate=always conf=0.95
direct blend -> linear combination | pos=noun gate=always conf=0.95
straight blend -> linear combination | pos=noun gate=always conf=0.95
straight change -> linear transformation | pos=noun gate=always conf=0.95
straight insertion -> linear interpolation | gate=always conf=0.95
direct insertion -> linear interpolation | gate=always conf=0.95
spline insertion -> spline interpolation | gate=always conf=0.95
polynomial insertion -> polynomial interpolation | gate=always conf=0.95
bilinear insertion -> bilinear interpolation | gate=always conf=0.95
bicubic insertion -> bicubic interpolation | gate=always conf=0.95
Lagrange insertion -> Lagrange interpolation | gate=always conf=0.95
direct time-invariant -> linear time-invariant | gate=always conf=0.95
straight time-invariant -> linear time-invariant | gate=always conf=0.95
eigen esteem -> eigenvalue | pos=noun gate=always conf=0.95
particular worth disintegration -> singular value decomposition | gate=always conf=0.95
solitary worth deterioration -> singular value decomposition | gate=always conf=0.95
solitary worth disintegration -> singular value decomposition | gate=always conf=0.95
particular worth deterioration -> singular value decomposition | gate=always conf=0.95
particular esteem disintegration -> singular value decomposition | gate=always conf=0.95
solitary esteem deterioration -> singular value decomposition | gate=always conf=0.95
solitary esteem disintegration -> singular value decomposition | gate=always conf=0.95
lattice factorization -> matrix factorization | gate=always conf=0.95
network factorization -> matrix factorization | gate=always conf=0.95
grid factorization -> matrix factorization | gate=always conf=0.95
lattice duplication -> matrix multiplication | gate=always conf=0.95
network duplication -> matrix multiplication | gate=always conf=0.95
grid duplication -> matrix multiplication | gate=always conf=0.95
lattice augmentation -> matrix multiplication | gate=always conf=0.95
grid augmentation -> matrix multiplication | gate=always conf=0.95
lattice reversal -> matrix inversion | gate=always conf=0.95
network reversal -> matrix inversion | gate=always conf=0.95
personality network -> identity matrix | gate=always conf=0.95
character network -> identity matrix | gate=always conf=0.95
personality lattice -> identity matrix | gate=always conf=0.95
character lattice -> identity matrix | gate=always conf=0.95
scanty network -> sparse matrix | gate=always conf=0.95
inadequate network -> sparse matrix | gate=always conf=0.95
scanty lattice -> sparse matrix | gate=always conf=0.95
meager lattice -> sparse matrix | gate=always conf=0.95
meager network -> sparse matrix | gate=always conf=0.95
scanty portrayal -> sparse representation | pos=noun gate=always conf=0.95
meager portrayal -> sparse representation | pos=noun gate=always conf=0.95
inadequate portrayal -> sparse representation | pos=noun gate=always conf=0.95
packed detecting -> compressed sensing | gate=always conf=0.95
compacted detecting -> compressed sensing | gate=always conf=0.95
compressive detecting -> compressive sensing | gate=always conf=0.95
Jacobian lattice -> Jacobian matrix | gate=always conf=0.95
Hessian lattice -> Hessian matrix | gate=always conf=0.95
Jacobian grid -> Jacobian matrix | gate=always conf=0.95
Hessian grid -> Hessian matrix | gate=always conf=0.95
contiguousness network -> adjacency matrix | gate=always conf=0.95
nearness network -> adjacency matrix | gate=always conf=0.95
contiguousness grid -> adjacency matrix | gate=always conf=0.95
adjacency lattice -> adjacency matrix | gate=always conf=0.95
change lattice -> transition matrix | gate=always conf=0.95
progress lattice -> transition matrix | gate=always conf=0.95
change grid -> transition matrix | gate=always conf=0.95
change likelihood -> transition probability | pos=noun gate=always conf=0.95
progress likelihood -> transition probability | pos=noun gate=always conf=0.95
weight lattice -> weight matrix | gate=always conf=0.95
positive unequivocal -> positive definite | gate=always conf=0.95
positive clear -> positive definite | gate=always conf=0.95
inward item -> inner product | pos=noun gate=always conf=0.95
internal item -> inner product | pos=noun gate=always conf=0.95
speck item -> dot product | pos=noun gate=always conf=0.95
dab item -> dot product | pos=noun gate=always conf=0.95
cross item -> cross product | pos=noun gate=always conf=0.95
Kronecker item -> Kronecker product | pos=noun gate=always conf=0.95
tensor item -> tensor product | pos=noun gate=always conf=0.95
Cartesian item -> Cartesian product | pos=noun gate=always conf=0.95
histogram of situated angles -> histogram of oriented gradients | gate=always conf=0.95
histogram of arranged slopes -> histogram of oriented gradients | gate=always conf=0.95
histogram of situated slopes -> histogram of oriented gradients | gate=always conf=0.95
histogram of arranged angles -> histogram of oriented gradients | gate=always conf=0.95
quantum snare -> quantum entanglement | gate=always conf=0.95
quantum ensnarement -> quantum entanglement | gate=always conf=0.95
quantum dab -> quantum dot | pos=noun gate=always conf=0.95
    + Quantum dabs emit green light. -> Quantum dots emit green light.
quantum spot -> quantum dot | pos=noun gate=always conf=0.95
quantum burrowing -> quantum tunneling | gate=always conf=0.95
quantum material science -> quantum physics | gate=always conf=0.95
hypothetical material science -> theoretical physics | gate=always conf=0.95
molecule material science -> particle physics | gate=always conf=0.95
atomic material science -> nuclear physics | gate=always conf=0.95
high vitality material science -> high energy physics | gate=always conf=0.95
strong state material science -> solid state physics | gate=always conf=0.95
consolidated matter material science -> condensed matter physics | gate=always conf=0.95
thick matter material science -> condensed matter physics | gate=always conf=0.95
compressed matter material science -> condensed matter physics | gate=always conf=0.95
consolidated matter -> condensed matter | gate=always conf=0.95
plasma material science -> plasma physics | gate=always conf=0.95
clinical material science -> medical physics | gate=always conf=0.95
measurable material science -> statistical physics | gate=always conf=0.95
factual material science -> statistical physics | gate=always conf=0.95
dark opening -> black hole | pos=noun gate=always conf=0.95
    + A dark opening swallowed the star. -> A black hole swallowed the star.
dark gap -> black hole | pos=noun gate=always conf=0.95
dull issue -> dark matter | gate=always conf=0.95
dim issue -> dark matter | gate=always conf=0.95
dim matter -> dark matter | gate=always conf=0.95
dull matter -> dark matter | gate=always conf=0.95
enormous microwave foundation -> cosmic microwave background | gate=always conf=0.95
vast microwave foundation -> cosmic microwave background | gate=always conf=0.95
grandiose microwave foundation -> cosmic microwave background | gate=always conf=0.95
infinite microwave foundation -> cosmic microwave background | gate=always conf=0.95
stun wave -> shock wave | pos=noun gate=always conf=0.95

# == medicine and biology ==
bosom malignant growth -> breast cancer | gate=always conf=0.95
    + Bosom malignant growth screening saves lives. -> Breast cancer screening saves lives.
bosom disease -> breast cancer | gate=always conf=0.95
bosom peril -> breast cancer | gate=always conf=0.95
lung malignant growth -> lung cancer | gate=always conf=0.95
prostate malignant growth -> prostate cancer | gate=always conf=0.95
colorectal malignant growth -> colorectal cancer | gate=always conf=0.95
cervical malignant growth -> cervical cancer | gate=always conf=0.95
skin malignant growth -> skin cancer | gate=always conf=0.95
liver malignant growth -> liver cancer | gate=always conf=0.95
gastric malignant growth -> gastric cancer | gate=always conf=0.95
pancreatic malignant growth -> pancreatic cancer | gate=always conf=0.95
ovarian malignant growth -> ovarian cancer | gate=always conf=0.95
malignant growth cell -> cancer cell | pos=noun gate=always conf=0.95
tumor silencer -> tumor suppressor | pos=noun gate=always conf=0.95
growth silencer -> tumor suppressor | pos=noun gate=always conf=0.95
growth microenvironment -> tumor microenvironment | gate=always conf=0.95
insusceptible framework -> immune system | pos=noun gate=always conf=0.95
    + The insusceptible framework fights infection. -> The immune system fights infection.
resistant framework -> immune system | pos=noun gate=always conf=0.95
invulnerable framework -> immune system | pos=noun gate=always conf=0.95
safe framework -> immune system | pos=noun gate=always conf=0.95
insusceptible reaction -> immune response | pos=noun gate=always conf=0.95
resistant reaction -> immune response | pos=noun gate=always conf=0.95
invulnerable reaction -> immune response | pos=noun gate=always conf=0.95
insusceptible cell -> immune cell | pos=noun gate=always conf=0.95
insusceptible checkpoint -> immune checkpoint | pos=noun gate=always conf=0.95
safe checkpoint -> immune checkpoint | pos=noun gate=always conf=0.95
common executioner cell -> natural killer cell | pos=noun gate=always conf=0.95
regular executioner cell -> natural killer cell | pos=noun gate=always conf=0.95
characteristic executioner cell -> natural killer cell | pos=noun gate=always conf=0.95
white platelet -> white blood cell | pos=noun gate=always conf=0.95
    + White platelets rose after infection. -> White blood cells rose after infection.
red platelet -> red blood cell | pos=noun gate=always conf=0.95
undifferentiated organism -> stem cell | pos=noun gate=always conf=0.95
foundational microorganism -> stem cell | pos=noun gate=always conf=0.95
anti-microbial obstruction -> antimicrobial resistance | gate=always conf=0.95
antimicrobial obstruction -> antimicrobial resistance | gate=always conf=0.95
anti-infection obstruction -> antibiotic resistance | gate=always conf=0.95
anti-toxin obstruction -> antibiotic resistance | gate=always conf=0.95
anti-microbial opposition -> antimicrobial resistance | gate=always conf=0.95
anti-infection opposition -> antibiotic resistance | gate=always conf=0.95
anti-toxin opposition -> antibiotic resistance | gate=always conf=0.95
anti-infection agents -> antibiotics | gate=always conf=0.95
medication obstruction -> drug resistance | gate=always conf=0.95
sedate obstruction -> drug resistance | gate=always conf=0.95
medication opposition -> drug resistance | gate=always conf=0.95
sedate conveyance -> drug delivery | gate=always conf=0.95
    + Nanoparticles improve sedate conveyance. -> Nanoparticles improve drug delivery.
medication conveyance -> drug delivery | gate=always conf=0.95
medicate conveyance -> drug delivery | gate=always conf=0.95
sedate revelation -> drug discovery | gate=always conf=0.95
medication disclosure -> drug discovery | gate=always conf=0.95
medicate disclosure -> drug discovery | gate=always conf=0.95
medication revelation -> drug discovery | gate=always conf=0.95
medicate collaboration -> drug interaction | pos=noun gate=always conf=0.95
medication cooperation -> drug interaction | pos=noun gate=always conf=0.95
unfavorable medication response -> adverse drug reaction | pos=noun gate=always conf=0.95
antagonistic medication response -> adverse drug reaction | pos=noun gate=always conf=0.95
unfriendly medication response -> adverse drug reaction | pos=noun gate=always conf=0.95
unfavorable occasion -> adverse event | pos=noun gate=always conf=0.95
antagonistic occasion -> adverse event | pos=noun gate=always conf=0.95
unfriendly occasion -> adverse event | pos=noun gate=always conf=0.95
unfavorable impact -> adverse effect | pos=noun gate=always conf=0.95
antagonistic impact -> adverse effect | pos=noun gate=always conf=0.95
unfriendly impact -> adverse effect | pos=noun gate=always conf=0.95
clinical preliminary -> clinical trial | pos=noun gate=always conf=0.95
    + Two clinical preliminaries are under way. -> Two clinical trials are under way.
randomized controlled preliminary -> randomized controlled trial | pos=noun gate=always conf=0.95
randomized clinical preliminary -> randomized clinical trial | pos=noun gate=always conf=0.95
fake treatment controlled -> placebo-controlled | gate=always conf=0.95
twofold visually impaired -> double-blind | gate=always conf=0.95
twofold dazzle -> double-blind | gate=always conf=0.95
meta-investigation -> meta-analysis | gate=always conf=0.95
meta-examination -> meta-analysis | gate=always conf=0.95
deliberate survey -> systematic review | pos=noun gate=always conf=0.95
    + A deliberate survey of 40 trials. -> A systematic review of 40 trials.
orderly survey -> systematic review | pos=noun gate=always conf=0.95
efficient survey -> systematic review | pos=noun gate=always conf=0.95
methodical survey -> systematic review | pos=noun gate=always conf=0.95
deliberate audit -> systematic review | pos=noun gate=always conf=0.95
orderly audit -> systematic review | pos=noun gate=always conf=0.95
efficient audit -> systematic review | pos=noun gate=always conf=0.95
writing survey -> literature review | pos=noun gate=always conf=0.95
writing audit -> literature review | pos=noun gate=always conf=0.95
accomplice study -> cohort study | gate=always conf=0.95
partner study -> cohort study | gate=always conf=0.95
companion study -> cohort study | gate=always conf=0.95
forthcoming investigation -> prospective study | gate=always conf=0.95
imminent investigation -> prospective study | gate=always conf=0.95
essential result -> primary outcome | pos=noun gate=always conf=0.95
essential endpoint -> primary endpoint | pos=noun gate=always conf=0.95
auxiliary result -> secondary outcome | pos=noun gate=always conf=0.95
auxiliary endpoint -> secondary endpoint | pos=noun gate=always conf=0.95
circulatory strain -> blood pressure | gate=always conf=0.95
    + Circulatory strain was measured twice. -> Blood pressure was measured twice.
systolic circulatory strain -> systolic blood pressure | gate=always conf=0.95
diastolic circulatory strain -> diastolic blood pressure | gate=always conf=0.95
pulse changeability -> heart rate variability | gate=always conf=0.95
pulse fluctuation -> heart rate variability | gate=always conf=0.95
pulse inconstancy -> heart rate variability | gate=always conf=0.95
coronary illness -> heart disease | pos=noun gate=always conf=0.95
cardiovascular sickness -> cardiovascular disease | pos=noun gate=always conf=0.95
cardiovascular illness -> cardiovascular disease | pos=noun gate=always conf=0.95
cardiovascular infection -> cardiovascular disease | pos=noun gate=always conf=0.95
coronary corridor sickness -> coronary artery disease | gate=always conf=0.95
coronary supply route sickness -> coronary artery disease | gate=always conf=0.95
coronary conduit illness -> coronary artery disease | gate=always conf=0.95
coronary supply route -> coronary artery | pos=noun gate=always conf=0.95
cardiovascular breakdown -> heart failure | gate=always conf=0.95
heart disappointment -> heart failure | gate=always conf=0.95
kidney disappointment -> kidney failure | gate=always conf=0.95
renal disappointment -> renal failure | gate=always conf=0.95
liver disappointment -> liver failure | gate=always conf=0.95
organ disappointment -> organ failure | gate=always conf=0.95
respiratory disappointment -> respiratory failure | gate=always conf=0.95
myocardial localized necrosis -> myocardial infarction | gate=always conf=0.95
    + Acute myocardial localized necrosis was ruled out. -> Acute myocardial infarction was ruled out.
myocardial dead tissue -> myocardial infarction | gate=always conf=0.95
intense respiratory misery disorder -> acute respiratory distress syndrome | gate=always conf=0.95
intense respiratory trouble disorder -> acute respiratory distress syndrome | gate=always conf=0.95
extreme intense respiratory disorder -> severe acute respiratory syndrome | gate=always conf=0.95
serious intense respiratory disorder -> severe acute respiratory syndrome | gate=always conf=0.95
constant obstructive aspiratory sickness -> chronic obstructive pulmonary disease | gate=always conf=0.95
ceaseless obstructive pneumonic infection -> chronic obstructive pulmonary disease | gate=always conf=0.95
interminable obstructive pneumonic malady -> chronic obstructive pulmonary disease | gate=always conf=0.95
incessant obstructive pneumonic illness -> chronic obstructive pulmonary disease | gate=always conf=0.95
ongoing obstructive aspiratory infection -> chronic obstructive pulmonary disease | gate=always conf=0.95
constant kidney illness -> chronic kidney disease | gate=always conf=0.95
ceaseless kidney infection -> chronic kidney disease | gate=always conf=0.95
persistent kidney sickness -> chronic kidney disease | gate=always conf=0.95
interminable kidney illness -> chronic kidney disease | gate=always conf=0.95
ongoing kidney illness -> chronic kidney disease | gate=always conf=0.95
ongoing kidney infection -> chronic kidney disease | gate=always conf=0.95
ceaseless torment -> chronic pain | gate=always conf=0.95
interminable torment -> chronic pain | gate=always conf=0.95
incessant torment -> chronic pain | gate=always conf=0.95
low back torment -> low back pain | gate=always conf=0.95
lower back torment -> lower back pain | gate=always conf=0.95
neck torment -> neck pain | gate=always conf=0.95
chest torment -> chest pain | gate=always conf=0.95
stomach torment -> abdominal pain | gate=always conf=0.95
torment power -> pain intensity | gate=always conf=0.95
torment force -> pain intensity | gate=always conf=0.95
torment the board -> pain management | gate=always conf=0.95
torment the executives -> pain management | gate=always conf=0.95
torment alleviation -> pain relief | gate=always conf=0.95
visual simple scale -> visual analog scale | gate=always conf=0.95
Alzheimer's infection -> Alzheimer's disease | gate=always conf=0.95
    + Alzheimer's infection affects memory. -> Alzheimer's disease affects memory.
Alzheimer's sickness -> Alzheimer's disease | gate=always conf=0.95
Alzheimer's illness -> Alzheimer's disease | gate=always conf=0.95
Parkinson's sickness -> Parkinson's disease | gate=always conf=0.95
Parkinson's illness -> Parkinson's disease | gate=always conf=0.95
Parkinson's infection -> Parkinson's disease | gate=always conf=0.95
different sclerosis -> multiple sclerosis | gate=always conf=0.95
various sclerosis -> multiple sclerosis | gate=always conf=0.95
numerous sclerosis -> multiple sclerosis | gate=always conf=0.95
amyotrophic horizontal sclerosis -> amyotrophic lateral sclerosis | gate=always conf=0.95
amyotrophic parallel sclerosis -> amyotrophic lateral sclerosis | gate=always conf=0.95
chemical imbalance range issue -> autism spectrum disorder | gate=always conf=0.95
mental imbalance range issue -> autism spectrum disorder | gate=always conf=0.95
mental imbalance range problem -> autism spectrum disorder | gate=always conf=0.95
consideration shortfall hyperactivity problem -> attention deficit hyperactivity disorder | gate=always conf=0.95
consideration deficiency hyperactivity issue -> attention deficit hyperactivity disorder | gate=always conf=0.95
consideration shortage hyperactivity issue -> attention deficit hyperactivity disorder | gate=always conf=0.95
post-horrendous pressure issue -> post-traumatic stress disorder | gate=always conf=0.95
post-horrible pressure problem -> post-traumatic stress disorder | gate=always conf=0.95
post-awful pressure issue -> post-traumatic stress disorder | gate=always conf=0.95
post-horrible pressure issue -> post-traumatic stress disorder | gate=always conf=0.95
post-awful pressure problem -> post-traumatic stress disorder | gate=always conf=0.95
bipolar issue -> bipolar disorder | pos=noun gate=always conf=0.95
fanatical enthusiastic issue -> obsessive-compulsive disorder | gate=always conf=0.95
over the top habitual issue -> obsessive-compulsive disorder | gate=always conf=0.95
over the top impulsive issue -> obsessive-compulsive disorder | gate=always conf=0.95
significant burdensome issue -> major depressive disorder | gate=always conf=0.95
major burdensome issue -> major depressive disorder | gate=always conf=0.95
burdensome side effects -> depressive symptoms | gate=always conf=0.95
burdensome indications -> depressive symptoms | gate=always conf=0.95
uneasiness issue -> anxiety disorder | pos=noun gate=always conf=0.95
nervousness issue -> anxiety disorder | pos=noun gate=always conf=0.95
summed up uneasiness issue -> generalized anxiety disorder | gate=always conf=0.95
summed up nervousness issue -> generalized anxiety disorder | gate=always conf=0.95
intellectual weakness -> cognitive impairment | gate=always conf=0.95
intellectual debilitation -> cognitive impairment | gate=always conf=0.95
gentle intellectual weakness -> mild cognitive impairment | gate=always conf=0.95
gentle intellectual debilitation -> mild cognitive impairment | gate=always conf=0.95
mellow intellectual weakness -> mild cognitive impairment | gate=always conf=0.95
intellectual decay -> cognitive decline | gate=always conf=0.95
intellectual decrease -> cognitive decline | gate=always conf=0.95
psychological decrease -> cognitive decline | gate=always conf=0.95
intellectual conduct treatment -> cognitive behavioral therapy | gate=always conf=0.95
psychological social treatment -> cognitive behavioral therapy | gate=always conf=0.95
intellectual social treatment -> cognitive behavioral therapy | gate=always conf=0.95
subjective social treatment -> cognitive behavioral therapy | gate=always conf=0.95
subjective conduct treatment -> cognitive behavioral therapy | gate=always conf=0.95
subjective capacity -> cognitive function | gate=always conf=0.95
subjective impedance -> cognitive impairment | gate=always conf=0.95
subjective disability -> cognitive impairment | gate=always conf=0.95
subjective decrease -> cognitive decline | gate=always conf=0.95
subjective burden -> cognitive load | gate=always conf=0.95
intellectual burden -> cognitive load | gate=always conf=0.95
horrible cerebrum injury -> traumatic brain injury | gate=always conf=0.95
awful cerebrum injury -> traumatic brain injury | gate=always conf=0.95
horrendous cerebrum injury -> traumatic brain injury | gate=always conf=0.95
horrible mind injury -> traumatic brain injury | gate=always conf=0.95
cerebrum tumor -> brain tumor | pos=noun gate=always conf=0.95
mind tumor -> brain tumor | pos=noun gate=always conf=0.95
spinal line injury -> spinal cord injury | gate=always conf=0.95
spinal string injury -> spinal cord injury | gate=always conf=0.95
spinal rope injury -> spinal cord injury | gate=always conf=0.95
focal sensory system -> central nervous system | gate=always conf=0.95
    + The focal sensory system was spared. -> The central nervous system was spared.
fringe sensory system -> peripheral nervous system | gate=always conf=0.95
autonomic sensory system -> autonomic nervous system | gate=always conf=0.95
blood-cerebrum obstruction -> blood-brain barrier | gate=always conf=0.95
blood-mind obstruction -> blood-brain barrier | gate=always conf=0.95
blood-cerebrum boundary -> blood-brain barrier | gate=always conf=0.95
registered tomography -> computed tomography | gate=always conf=0.95
processed tomography -> computed tomography | gate=always conf=0.95
figured tomography -> computed tomography | gate=always conf=0.95
positron discharge tomography -> positron emission tomography | gate=always conf=0.95
positron outflow tomography -> positron emission tomography | gate=always conf=0.95
positron emanation tomography -> positron emission tomography | gate=always conf=0.95
body mass file -> body mass index | gate=always conf=0.95
body mass list -> body mass index | gate=always conf=0.95
youth heftiness -> childhood obesity | gate=always conf=0.95
youth stoutness -> childhood obesity | gate=always conf=0.95
adolescence heftiness -> childhood obesity | gate=always conf=0.95
stomach corpulence -> abdominal obesity | gate=always conf=0.95
midsection perimeter -> waist circumference | gate=always conf=0.95
abdomen perimeter -> waist circumference | gate=always conf=0.95
midsection boundary -> waist circumference | gate=always conf=0.95
proactive tasks -> physical activities | gate=always conf=0.95
actual wellness -> physical fitness | gate=always conf=0.95
insulin obstruction -> insulin resistance | gate=always conf=0.95
insulin opposition -> insulin resistance | gate=always conf=0.95
insulin affectability -> insulin sensitivity | gate=always conf=0.95
glucose resilience -> glucose tolerance | gate=always conf=0.95
C-receptive protein -> C-reactive protein | gate=always conf=0.95
C-responsive protein -> C-reactive protein | gate=always conf=0.95
low-thickness lipoprotein -> low-density lipoprotein | gate=always conf=0.95
high-thickness lipoprotein -> high-density lipoprotein | gate=always conf=0.95
low thickness lipoprotein -> low-density lipoprotein | gate=always conf=0.95 id=science:low_thickness_lipoprotein->low_density_lipoprotein.2
high thickness lipoprotein -> high-density lipoprotein | gate=always conf=0.95 id=science:high_thickness_lipoprotein->high_density_lipoprotein.2
all out cholesterol -> total cholesterol | gate=always conf=0.95
absolute cholesterol -> total cholesterol | gate=always conf=0.95
oxidative pressure -> oxidative stress | gate=always conf=0.95
    + Oxidative pressure damages DNA. -> Oxidative stress damages DNA.
receptive oxygen species -> reactive oxygen species | gate=always conf=0.95
responsive oxygen species -> reactive oxygen species | gate=always conf=0.95
cell reinforcement -> antioxidant | pos=noun gate=always conf=0.95
cancer prevention agent -> antioxidant | pos=noun gate=always conf=0.95
cell reinforcement action -> antioxidant activity | gate=always conf=0.95
cancer prevention agent action -> antioxidant activity | gate=always conf=0.95
cancer prevention agent movement -> antioxidant activity | gate=always conf=0.95
cell reinforcement movement -> antioxidant activity | gate=always conf=0.95
antibacterial movement -> antibacterial activity | gate=always conf=0.95
antimicrobial movement -> antimicrobial activity | gate=always conf=0.95
antifungal movement -> antifungal activity | gate=always conf=0.95
anticancer movement -> anticancer activity | gate=always conf=0.95
catalytic movement -> catalytic activity | gate=always conf=0.95
enzymatic movement -> enzymatic activity | gate=always conf=0.95
provocative cytokines -> inflammatory cytokines | gate=always conf=0.95
incendiary cytokines -> inflammatory cytokines | gate=always conf=0.95
supportive of provocative cytokines -> pro-inflammatory cytokines | gate=always conf=0.95
favorable to incendiary -> pro-inflammatory | gate=always conf=0.95
supportive of incendiary -> pro-inflammatory | gate=always conf=0.95
master provocative -> pro-inflammatory | gate=always conf=0.95
provocative reaction -> inflammatory response | pos=noun gate=always conf=0.95
incendiary reaction -> inflammatory response | pos=noun gate=always conf=0.95
provocative markers -> inflammatory markers | gate=always conf=0.95
incendiary markers -> inflammatory markers | gate=always conf=0.95
provocative entrail sickness -> inflammatory bowel disease | gate=always conf=0.95
incendiary inside sickness -> inflammatory bowel disease | gate=always conf=0.95
fiery entrail illness -> inflammatory bowel disease | gate=always conf=0.95
incendiary entrail illness -> inflammatory bowel disease | gate=always conf=0.95
provocative inside infection -> inflammatory bowel disease | gate=always conf=0.95
peevish inside disorder -> irritable bowel syndrome | gate=always conf=0.95
bad-tempered entrail disorder -> irritable bowel syndrome | gate=always conf=0.95
cranky inside disorder -> irritable bowel syndrome | gate=always conf=0.95
touchy entrail disorder -> irritable bowel syndrome | gate=always conf=0.95
testy inside disorder -> irritable bowel syndrome | gate=always conf=0.95
rheumatoid joint inflammation -> rheumatoid arthritis | gate=always conf=0.95
rheumatoid joint pain -> rheumatoid arthritis | gate=always conf=0.95
osteo joint inflammation -> osteoarthritis | gate=always conf=0.95
foundational lupus erythematosus -> systemic lupus erythematosus | gate=always conf=0.95
fundamental lupus erythematosus -> systemic lupus erythematosus | gate=always conf=0.95
all out knee arthroplasty -> total knee arthroplasty | gate=always conf=0.95
absolute knee arthroplasty -> total knee arthroplasty | gate=always conf=0.95
complete knee arthroplasty -> total knee arthroplasty | gate=always conf=0.95
all out hip arthroplasty -> total hip arthroplasty | gate=always conf=0.95
absolute hip arthroplasty -> total hip arthroplasty | gate=always conf=0.95
complete hip arthroplasty -> total hip arthroplasty | gate=always conf=0.95
knee substitution -> knee replacement | pos=noun gate=always conf=0.95
hip substitution -> hip replacement | pos=noun gate=always conf=0.95
hip crack -> hip fracture | pos=noun gate=always conf=0.95
bone mineral thickness -> bone mineral density | gate=always conf=0.95
bone thickness -> bone density | gate=always conf=0.95
urinary plot contamination -> urinary tract infection | pos=noun gate=always conf=0.95
urinary plot disease -> urinary tract infection | pos=noun gate=always conf=0.95
urinary parcel contamination -> urinary tract infection | pos=noun gate=always conf=0.95
urinary tract contamination -> urinary tract infection | pos=noun gate=always conf=0.95
careful site contamination -> surgical site infection | pos=noun gate=always conf=0.95
careful site disease -> surgical site infection | pos=noun gate=always conf=0.95
careful intercession -> surgical intervention | pos=noun gate=always conf=0.95
laparoscopic medical procedure -> laparoscopic surgery | gate=always conf=0.95
bariatric medical procedure -> bariatric surgery | gate=always conf=0.95
cardiovascular medical procedure -> cardiac surgery | gate=always conf=0.95
serious consideration unit -> intensive care unit | pos=noun gate=always conf=0.95
    + She spent a week in the serious consideration unit. -> She spent a week in the intensive care unit.
concentrated consideration unit -> intensive care unit | pos=noun gate=always conf=0.95
escalated consideration unit -> intensive care unit | pos=noun gate=always conf=0.95
emergency clinic stay -> hospital stay | pos=noun gate=always conf=0.95
emergency clinic affirmation -> hospital admission | pos=noun gate=always conf=0.95
emergency clinic confirmation -> hospital admission | pos=noun gate=always conf=0.95
medical clinic stay -> hospital stay | pos=noun gate=always conf=0.95
medical services laborers -> healthcare workers | gate=always conf=0.95
medical care laborers -> health care workers | gate=always conf=0.95
medical services experts -> healthcare professionals | gate=always conf=0.95
medical care experts -> health care professionals | gate=always conf=0.95
medical services framework -> healthcare system | pos=noun gate=always conf=0.95
medical care framework -> health care system | pos=noun gate=always conf=0.95
medical services supplier -> healthcare provider | pos=noun gate=always conf=0.95
medical care supplier -> health care provider | pos=noun gate=always conf=0.95
medical services administrations -> healthcare services | gate=always conf=0.95
medical care administrations -> health care services | gate=always conf=0.95
wellbeing laborers -> health workers | gate=always conf=0.95
wellbeing proficiency -> health literacy | gate=always conf=0.95
wellbeing related personal satisfaction -> health-related quality of life | gate=always conf=0.95
nature of life -> quality of life | gate=always conf=0.95
nature of care -> quality of care | gate=always conf=0.95
rest quality -> sleep quality | gate=always conf=0.95
rest aggravation -> sleep disturbance | pos=noun gate=always conf=0.95
rest unsettling influence -> sleep disturbance | pos=noun gate=always conf=0.95
rest issue -> sleep disorder | pos=noun gate=always conf=0.95
rest apnea -> sleep apnea | gate=always conf=0.95
obstructive rest apnea -> obstructive sleep apnea | gate=always conf=0.95
rest hardship -> sleep deprivation | gate=always conf=0.95
rest length -> sleep duration | gate=always conf=0.95
danger factor -> risk factor | pos=noun gate=always conf=0.95
    + Smoking is a danger factor for stroke. -> Smoking is a risk factor for stroke.
danger evaluation -> risk assessment | pos=noun gate=always conf=0.95
danger appraisal -> risk assessment | pos=noun gate=always conf=0.95
danger the executives -> risk management | gate=always conf=0.95
hazard the executives -> risk management | gate=always conf=0.95
danger the board -> risk management | gate=always conf=0.95
hazard the board -> risk management | gate=always conf=0.95
danger stratification -> risk stratification | gate=always conf=0.95
danger expectation -> risk prediction | gate=always conf=0.95
illness movement -> disease progression | gate=always conf=0.95
sickness movement -> disease progression | gate=always conf=0.95
infection movement -> disease progression | gate=always conf=0.95
illness seriousness -> disease severity | gate=always conf=0.95
sickness seriousness -> disease severity | gate=always conf=0.95
sickness trouble -> disease burden | gate=always conf=0.95
illness trouble -> disease burden | gate=always conf=0.95
weight of sickness -> burden of disease | gate=always conf=0.95
irresistible sickness -> infectious disease | pos=noun gate=always conf=0.95
    + Irresistible sicknesses spread in camps. -> Infectious diseases spread in camps.
irresistible illness -> infectious disease | pos=noun gate=always conf=0.95
irresistible infection -> infectious disease | pos=noun gate=always conf=0.95
irresistible malady -> infectious disease | pos=noun gate=always conf=0.95
non-transferable sickness -> non-communicable disease | pos=noun gate=always conf=0.95
non-transmittable sickness -> non-communicable disease | pos=noun gate=always conf=0.95
non-transmittable illness -> non-communicable disease | pos=noun gate=always conf=0.95
non-transferable illness -> non-communicable disease | pos=noun gate=always conf=0.95
novel Covid -> novel coronavirus | gate=always conf=0.95
Covid sickness 2019 -> coronavirus disease 2019 | gate=always conf=0.95
Covid illness 2019 -> coronavirus disease 2019 | gate=always conf=0.95
social removing -> social distancing | gate=always conf=0.95
    + Social removing slowed the spread. -> Social distancing slowed the spread.
social separating -> social distancing | gate=always conf=0.95
actual removing -> physical distancing | gate=always conf=0.95
face veil -> face mask | pos=noun gate=always conf=0.95
individual defensive gear -> personal protective equipment | gate=always conf=0.95
individual defensive hardware -> personal protective equipment | gate=always conf=0.95
hand cleanliness -> hand hygiene | gate=always conf=0.95
contact following -> contact tracing | gate=always conf=0.95
crowd invulnerability -> herd immunity | gate=always conf=0.95
group invulnerability -> herd immunity | gate=always conf=0.95
crowd resistance -> herd immunity | gate=always conf=0.95
herd resistance -> herd immunity | gate=always conf=0.95
immunization inclusion -> vaccination coverage | gate=always conf=0.95
inoculation inclusion -> vaccination coverage | gate=always conf=0.95
immunization aversion -> vaccine hesitancy | gate=always conf=0.95
antibody aversion -> vaccine hesitancy | gate=always conf=0.95
antibody reluctance -> vaccine hesitancy | gate=always conf=0.95
antibody adequacy -> vaccine efficacy | gate=always conf=0.95
antibody viability -> vaccine efficacy | gate=always conf=0.95
promoter portion -> booster dose | pos=noun gate=always conf=0.95
supporter portion -> booster dose | pos=noun gate=always conf=0.95
sponsor portion -> booster dose | pos=noun gate=always conf=0.95
portion subordinate -> dose-dependent | gate=always conf=0.95
portion ward -> dose-dependent | gate=always conf=0.95
portion reliant -> dose-dependent | gate=always conf=0.95
viral burden -> viral load | gate=always conf=0.95
viral heap -> viral load | gate=always conf=0.95
human immunodeficiency infection -> human immunodeficiency virus | gate=always conf=0.95
counter acting agent -> antibody | pos=noun gate=always conf=0.95
monoclonal counter acting agent -> monoclonal antibody | pos=noun gate=always conf=0.95
killing counter acting agents -> neutralizing antibodies | gate=always conf=0.95
killing antibodies -> neutralizing antibodies | gate=always conf=0.95
quality articulation -> gene expression | gate=always conf=0.95
    + Quality articulation was measured by qPCR. -> Gene expression was measured by qPCR.
quality treatment -> gene therapy | gate=always conf=0.95
quality altering -> gene editing | gate=always conf=0.95
quality transformation -> gene mutation | pos=noun gate=always conf=0.95
quality guideline -> gene regulation | gate=always conf=0.95
quality administrative organization -> gene regulatory network | pos=noun gate=always conf=0.95
quality administrative network -> gene regulatory network | pos=noun gate=always conf=0.95
quality ontology -> gene ontology | gate=always conf=0.95
quality set enhancement -> gene set enrichment | gate=always conf=0.95
quality set advancement -> gene set enrichment | gate=always conf=0.95
quality quieting -> gene silencing | gate=always conf=0.95
quality hushing -> gene silencing | gate=always conf=0.95
quality knockout -> gene knockout | pos=noun gate=always conf=0.95
differentially communicated qualities -> differentially expressed genes | gate=always conf=0.95
differentially expressed qualities -> differentially expressed genes | gate=always conf=0.95
differentially communicated -> differentially expressed | gate=always conf=0.95
up-directed -> up-regulated | gate=always conf=0.95
down-directed -> down-regulated | gate=always conf=0.95
hereditary transformation -> genetic mutation | pos=noun gate=always conf=0.95
hereditary variety -> genetic variation | pos=noun gate=always conf=0.95
hereditary assorted variety -> genetic diversity | gate=always conf=0.95
hereditary decent variety -> genetic diversity | gate=always conf=0.95
hereditary designing -> genetic engineering | gate=always conf=0.95
hereditary building -> genetic engineering | gate=always conf=0.95
hereditary inclination -> genetic predisposition | pos=noun gate=always conf=0.95
hereditary linkage -> genetic linkage | gate=always conf=0.95
entire genome sequencing -> whole genome sequencing | gate=always conf=0.95
cutting edge sequencing -> next-generation sequencing | gate=always conf=0.95
people to come sequencing -> next-generation sequencing | gate=always conf=0.95
polymerase chain response -> polymerase chain reaction | gate=always conf=0.95
    + Polymerase chain response amplified the gene. -> Polymerase chain reaction amplified the gene.
converse record -> reverse transcription | gate=always conf=0.95
switch record -> reverse transcription | gate=always conf=0.95
turn around record -> reverse transcription | gate=always conf=0.95
western smudge -> western blot | pos=noun gate=always conf=0.95
western smearing -> western blotting | gate=always conf=0.95
western blotch -> western blot | pos=noun gate=always conf=0.95
southern smudge -> southern blot | pos=noun gate=always conf=0.95
stream cytometry -> flow cytometry | gate=always conf=0.95
stream cytometric -> flow cytometric | gate=always conf=0.95
protein articulation -> protein expression | gate=always conf=0.95
protein collapsing -> protein folding | gate=always conf=0.95
protein-protein collaboration -> protein-protein interaction | pos=noun gate=always conf=0.95
protein-protein association -> protein-protein interaction | pos=noun gate=always conf=0.95
protein-protein cooperation -> protein-protein interaction | pos=noun gate=always conf=0.95
protein structure forecast -> protein structure prediction | gate=always conf=0.95
protein structure expectation -> protein structure prediction | gate=always conf=0.95
record factor -> transcription factor | pos=noun gate=always conf=0.95
flagging pathway -> signaling pathway | pos=noun gate=always conf=0.95
    + The Wnt flagging pathway was activated. -> The Wnt signaling pathway was activated.
motioning pathway -> signaling pathway | pos=noun gate=always conf=0.95
cell flagging -> cell signaling | gate=always conf=0.95
flagging course -> signaling cascade | pos=noun gate=always conf=0.95
cell multiplication -> cell proliferation | gate=always conf=0.95
cell reasonability -> cell viability | gate=always conf=0.95
cell feasibility -> cell viability | gate=always conf=0.95
cell suitability -> cell viability | gate=always conf=0.95
cell practicality -> cell viability | gate=always conf=0.95
cell relocation -> cell migration | gate=always conf=0.95
cell passing -> cell death | gate=always conf=0.95
modified cell passing -> programmed cell death | gate=always conf=0.95
customized cell passing -> programmed cell death | gate=always conf=0.95
cell cycle capture -> cell cycle arrest | gate=always conf=0.95
cell film -> cell membrane | pos=noun gate=always conf=0.95
plasma layer -> plasma membrane | pos=noun gate=always conf=0.95
plasma film -> plasma membrane | pos=noun gate=always conf=0.95
mitochondrial brokenness -> mitochondrial dysfunction | gate=always conf=0.95
endothelial brokenness -> endothelial dysfunction | gate=always conf=0.95
erectile brokenness -> erectile dysfunction | gate=always conf=0.95
renal brokenness -> renal dysfunction | gate=always conf=0.95
cardiovascular brokenness -> cardiac dysfunction | gate=always conf=0.95
intellectual brokenness -> cognitive dysfunction | gate=always conf=0.95
organ brokenness -> organ dysfunction | gate=always conf=0.95
septic stun -> septic shock | gate=always conf=0.95
anaphylactic stun -> anaphylactic shock | gate=always conf=0.95
cardiogenic stun -> cardiogenic shock | gate=always conf=0.95
heat stun protein -> heat shock protein | pos=noun gate=always conf=0.95
society medium -> culture medium | gate=always conf=0.95
cell society -> cell culture | pos=noun gate=always conf=0.95
tissue society -> tissue culture | pos=noun gate=always conf=0.95
tissue designing -> tissue engineering | gate=always conf=0.95
tissue building -> tissue engineering | gate=always conf=0.95
regenerative medication -> regenerative medicine | gate=always conf=0.95
accuracy medication -> precision medicine | gate=always conf=0.95
exactness medication -> precision medicine | gate=always conf=0.95
customized medication -> personalized medicine | gate=always conf=0.95
individualized medication -> personalized medicine | gate=always conf=0.95
conventional medication -> traditional medicine | gate=always conf=0.95
customary medication -> traditional medicine | gate=always conf=0.95
elective medication -> alternative medicine | gate=always conf=0.95
atomic medication -> nuclear medicine | gate=always conf=0.95
proof based medication -> evidence-based medicine | gate=always conf=0.95
proof based -> evidence-based | gate=always conf=0.95
gastrointestinal plot -> gastrointestinal tract | pos=noun gate=always conf=0.95
gastrointestinal parcel -> gastrointestinal tract | pos=noun gate=always conf=0.95
respiratory plot -> respiratory tract | pos=noun gate=always conf=0.95
respiratory parcel -> respiratory tract | pos=noun gate=always conf=0.95
stomach microbiota -> gut microbiota | gate=always conf=0.95
stomach microbiome -> gut microbiome | gate=always conf=0.95
stomach related framework -> digestive system | pos=noun gate=always conf=0.95
circulatory framework -> circulatory system | pos=noun gate=always conf=0.95
respiratory framework -> respiratory system | pos=noun gate=always conf=0.95
endocrine framework -> endocrine system | pos=noun gate=always conf=0.95
conceptive framework -> reproductive system | pos=noun gate=always conf=0.95
regenerative framework -> reproductive system | pos=noun gate=always conf=0.95
musculoskeletal framework -> musculoskeletal system | pos=noun gate=always conf=0.95
lymphatic framework -> lymphatic system | pos=noun gate=always conf=0.95
cardiovascular framework -> cardiovascular system | pos=noun gate=always conf=0.95
sub-atomic docking -> molecular docking | gate=always conf=0.95
sub-atomic elements -> molecular dynamics | gate=always conf=0.95
sub-atomic science -> molecular biology | gate=always conf=0.95
sub-atomic weight -> molecular weight | gate=always conf=0.95
lactic corrosive microscopic organisms -> lactic acid bacteria | gate=always conf=0.95
gram-positive microscopic organisms -> gram-positive bacteria | gate=always conf=0.95
gram-negative microscopic organisms -> gram-negative bacteria | gate=always conf=0.95
creature model -> animal model | pos=noun gate=always conf=0.95
creature studies -> animal studies | gate=always conf=0.95
creature government assistance -> animal welfare | gate=always conf=0.95
leaf region file -> leaf area index | gate=always conf=0.95
leaf territory record -> leaf area index | gate=always conf=0.95
leaf zone list -> leaf area index | gate=always conf=0.95
leaf region list -> leaf area index | gate=always conf=0.95
harvest yield -> crop yield | pos=noun gate=always conf=0.95
    + Harvest yield rose with irrigation. -> Crop yield rose with irrigation.
harvest creation -> crop production | gate=always conf=0.95
harvest turn -> crop rotation | gate=always conf=0.95
harvest revolution -> crop rotation | gate=always conf=0.95
dry season stress -> drought stress | gate=always conf=0.95
dry spell stress -> drought stress | gate=always conf=0.95
dry season resilience -> drought tolerance | gate=always conf=0.95
dry spell resilience -> drought tolerance | gate=always conf=0.95
saltiness stress -> salinity stress | gate=always conf=0.95
salt pressure -> salt stress | gate=always conf=0.95
plant development controllers -> plant growth regulators | gate=always conf=0.95
soil richness -> soil fertility | gate=always conf=0.95
soil ripeness -> soil fertility | gate=always conf=0.95
soil disintegration -> soil erosion | gate=always conf=0.95
soil dampness -> soil moisture | gate=always conf=0.95
soil natural matter -> soil organic matter | gate=always conf=0.95
natural cultivating -> organic farming | gate=always conf=0.95
natural manure -> organic fertilizer | pos=noun gate=always conf=0.95
synthetic compost -> chemical fertilizer | pos=noun gate=always conf=0.95
substance manure -> chemical fertilizer | pos=noun gate=always conf=0.95
accuracy farming -> precision agriculture | gate=always conf=0.95
accuracy horticulture -> precision agriculture | gate=always conf=0.95
exactness horticulture -> precision agriculture | gate=always conf=0.95
exactness agribusiness -> precision agriculture | gate=always conf=0.95
accuracy agribusiness -> precision agriculture | gate=always conf=0.95
maintainable agribusiness -> sustainable agriculture | gate=always conf=0.95
maintainable horticulture -> sustainable agriculture | gate=always conf=0.95
shrewd cultivating -> smart farming | gate=always conf=0.95
savvy cultivating -> smart farming | gate=always conf=0.95
trickle water system -> drip irrigation | gate=always conf=0.95
dribble water system -> drip irrigation | gate=always conf=0.95
water system framework -> irrigation system | pos=noun gate=always conf=0.95
nitrogen obsession -> nitrogen fixation | gate=always conf=0.95

# == environment, economics, social science ==
worldwide temperature alteration -> global warming | gate=always conf=0.95
    + Worldwide temperature alteration threatens coral. -> Global warming threatens coral.
an Earth-wide temperature boost -> global warming | gate=always conf=0.95
a worldwide temperature alteration -> global warming | gate=always conf=0.95
worldwide temperature boost -> global warming | gate=always conf=0.95
atmosphere change -> climate change | gate=always conf=0.95
nursery gas -> greenhouse gas | pos=noun gate=always conf=0.95
    + Nursery gas emanations rose. -> Greenhouse gas emanations rose.
nursery gas emanations -> greenhouse gas emissions | gate=always conf=0.95
nursery impact -> greenhouse effect | gate=always conf=0.95
carbon impression -> carbon footprint | pos=noun gate=always conf=0.95
carbon catch -> carbon capture | gate=always conf=0.95
carbon catch and capacity -> carbon capture and storage | gate=always conf=0.95
ocean level ascent -> sea level rise | gate=always conf=0.95
biological system -> ecosystem | pos=noun gate=always conf=0.95
biological system administrations -> ecosystem services | gate=always conf=0.95
living space misfortune -> habitat loss | gate=always conf=0.95
territory misfortune -> habitat loss | gate=always conf=0.95
natural surroundings misfortune -> habitat loss | gate=always conf=0.95
ecological contamination -> environmental pollution | gate=always conf=0.95
natural contamination -> environmental pollution | gate=always conf=0.95
ecological effect appraisal -> environmental impact assessment | gate=always conf=0.95
natural effect evaluation -> environmental impact assessment | gate=always conf=0.95
ecological effect evaluation -> environmental impact assessment | gate=always conf=0.95
natural effect appraisal -> environmental impact assessment | gate=always conf=0.95
maintainable turn of events -> sustainable development | gate=always conf=0.95
    + Maintainable turn of events needs finance. -> Sustainable development needs finance.
reasonable turn of events -> sustainable development | gate=always conf=0.95
economical turn of events -> sustainable development | gate=always conf=0.95
feasible turn of events -> sustainable development | gate=always conf=0.95
supportable turn of events -> sustainable development | gate=always conf=0.95
manageable turn of events -> sustainable development | gate=always conf=0.95
practical turn of events -> sustainable development | gate=always conf=0.95
financial turn of events -> economic development | gate=always conf=0.95
monetary turn of events -> economic development | gate=always conf=0.95
programming turn of events -> software development | gate=always conf=0.95
maintainable improvement -> sustainable development | gate=always conf=0.95
roundabout economy -> circular economy | gate=always conf=0.95
round economy -> circular economy | gate=always conf=0.95
life cycle evaluation -> life cycle assessment | gate=always conf=0.95
life cycle appraisal -> life cycle assessment | gate=always conf=0.95
squander water -> wastewater | gate=always conf=0.95
squander the executives -> waste management | gate=always conf=0.95
squander the board -> waste management | gate=always conf=0.95
waste the executives -> waste management | gate=always conf=0.95
waste the board -> waste management | gate=always conf=0.95
civil strong waste -> municipal solid waste | gate=always conf=0.95
metropolitan strong waste -> municipal solid waste | gate=always conf=0.95
anaerobic processing -> anaerobic digestion | gate=always conf=0.95
anaerobic absorption -> anaerobic digestion | gate=always conf=0.95
air quality file -> air quality index | gate=always conf=0.95
air quality list -> air quality index | gate=always conf=0.95
water quality file -> water quality index | gate=always conf=0.95
water quality list -> water quality index | gate=always conf=0.95
groundwater re-energize -> groundwater recharge | gate=always conf=0.95
precipitation spillover -> rainfall runoff | gate=always conf=0.95
surface spillover -> surface runoff | gate=always conf=0.95
surface overflow -> surface runoff | gate=always conf=0.95
flood determining -> flood forecasting | gate=always conf=0.95
flood estimating -> flood forecasting | gate=always conf=0.95
geographic data framework -> geographic information system | pos=noun gate=always conf=0.95
    + A geographic data framework mapped the floods. -> A geographic information system mapped the floods.
topographical data framework -> geographic information system | pos=noun gate=always conf=0.95
worldwide situating framework -> global positioning system | pos=noun gate=always conf=0.95
worldwide route satellite framework -> global navigation satellite system | pos=noun gate=always conf=0.95
far off detecting -> remote sensing | gate=always conf=0.95
distant detecting -> remote sensing | gate=always conf=0.95
remote detecting -> remote sensing | gate=always conf=0.95
far off checking -> remote monitoring | gate=always conf=0.95
distant observing -> remote monitoring | gate=always conf=0.95
far off observing -> remote monitoring | gate=always conf=0.95
computerized rise model -> digital elevation model | pos=noun gate=always conf=0.95
advanced rise model -> digital elevation model | pos=noun gate=always conf=0.95
computerized height model -> digital elevation model | pos=noun gate=always conf=0.95
standardized contrast vegetation list -> normalized difference vegetation index | gate=always conf=0.95
standardized distinction vegetation file -> normalized difference vegetation index | gate=always conf=0.95
vegetation list -> vegetation index | gate=always conf=0.95
vegetation file -> vegetation index | gate=always conf=0.95
metropolitan warmth island -> urban heat island | pos=noun gate=always conf=0.95
metropolitan heat island -> urban heat island | pos=noun gate=always conf=0.95
metropolitan arranging -> urban planning | gate=always conf=0.95
metropolitan preparation -> urban planning | gate=always conf=0.95
provincial regions -> rural areas | gate=always conf=0.95
rustic regions -> rural areas | gate=always conf=0.95
rustic zones -> rural areas | gate=always conf=0.95
provincial zones -> rural areas | gate=always conf=0.95
creating nations -> developing countries | gate=always conf=0.95
low-and center pay nations -> low- and middle-income countries | gate=always conf=0.95
center pay nations -> middle-income countries | gate=always conf=0.95
gross homegrown item -> gross domestic product | gate=always conf=0.95
    + Gross homegrown item grew by 2%. -> Gross domestic product grew by 2%.
unfamiliar direct speculation -> foreign direct investment | gate=always conf=0.95
outside direct venture -> foreign direct investment | gate=always conf=0.95
unfamiliar direct venture -> foreign direct investment | gate=always conf=0.95
outside direct speculation -> foreign direct investment | gate=always conf=0.95
swapping scale -> exchange rate | pos=noun gate=always conf=0.95
money saving advantage examination -> cost-benefit analysis | gate=always conf=0.95
money saving advantage investigation -> cost-benefit analysis | gate=always conf=0.95
profit from speculation -> return on investment | gate=always conf=0.95
profit from venture -> return on investment | gate=always conf=0.95
inventory network -> supply chain | pos=noun gate=always conf=0.9
    + Inventory network delays hit factories. -> Supply chain delays hit factories.
flexibly chain -> supply chain | pos=noun gate=always conf=0.95
store network -> supply chain | pos=noun gate=always conf=0.95
inventory network the board -> supply chain management | gate=always conf=0.95
inventory network the executives -> supply chain management | gate=always conf=0.95
store network the board -> supply chain management | gate=always conf=0.95
stock the executives -> inventory management | gate=always conf=0.95
stock the board -> inventory management | gate=always conf=0.95
all out quality administration -> total quality management | gate=always conf=0.95
absolute quality administration -> total quality management | gate=always conf=0.95
complete quality administration -> total quality management | gate=always conf=0.95
HR the executives -> human resource management | gate=always conf=0.95
HR the board -> human resource management | gate=always conf=0.95
human asset the board -> human resource management | gate=always conf=0.95
human asset the executives -> human resource management | gate=always conf=0.95
work fulfillment -> job satisfaction | gate=always conf=0.95
    + Work fulfillment predicts turnover. -> Job satisfaction predicts turnover.
occupation fulfillment -> job satisfaction | gate=always conf=0.95
employment fulfillment -> job satisfaction | gate=always conf=0.95
occupation execution -> job performance | gate=always conf=0.95
representative execution -> employee performance | gate=always conf=0.95
authoritative responsibility -> organizational commitment | gate=always conf=0.95
hierarchical responsibility -> organizational commitment | gate=always conf=0.95
authoritative culture -> organizational culture | gate=always conf=0.95
hierarchical culture -> organizational culture | gate=always conf=0.95
authoritative execution -> organizational performance | gate=always conf=0.95
hierarchical execution -> organizational performance | gate=always conf=0.95
authoritative conduct -> organizational behavior | gate=always conf=0.95
hierarchical conduct -> organizational behavior | gate=always conf=0.95
groundbreaking initiative -> transformational leadership | gate=always conf=0.95
extraordinary authority -> transformational leadership | gate=always conf=0.95
client fulfillment -> customer satisfaction | gate=always conf=0.95
client dedication -> customer loyalty | gate=always conf=0.95
client unwaveringness -> customer loyalty | gate=always conf=0.95
client relationship the executives -> customer relationship management | gate=always conf=0.95
buy expectation -> purchase intention | pos=noun gate=always conf=0.95
buy goal -> purchase intention | pos=noun gate=always conf=0.95
corporate social duty -> corporate social responsibility | gate=always conf=0.95
corporate social obligation -> corporate social responsibility | gate=always conf=0.95
long range informal communication -> social networking | gate=always conf=0.95
long range interpersonal communication -> social networking | gate=always conf=0.95
informal organization -> social network | pos=noun gate=always conf=0.95
interpersonal organization -> social network | pos=noun gate=always conf=0.95
electronic verbal exchange -> electronic word of mouth | gate=always conf=0.95
flipped homeroom -> flipped classroom | pos=noun gate=always conf=0.95
flipped study hall -> flipped classroom | pos=noun gate=always conf=0.95
homeroom the executives -> classroom management | gate=always conf=0.95
understudy execution -> student performance | gate=always conf=0.95
scholastic execution -> academic performance | gate=always conf=0.95
scholarly execution -> academic performance | gate=always conf=0.95
scholastic accomplishment -> academic achievement | gate=always conf=0.95
instructive innovation -> educational technology | gate=always conf=0.95
instructive brain research -> educational psychology | gate=always conf=0.95
intellectual brain research -> cognitive psychology | gate=always conf=0.95
subjective brain research -> cognitive psychology | gate=always conf=0.95
social brain research -> social psychology | gate=always conf=0.95
formative brain research -> developmental psychology | gate=always conf=0.95
positive brain research -> positive psychology | gate=always conf=0.95
clinical brain research -> clinical psychology | gate=always conf=0.95
data and correspondence innovation -> information and communication technology | gate=always conf=0.95
data innovation -> information technology | gate=always conf=0.95
    + Data innovation budgets grew. -> Information technology budgets grew.
innovation acknowledgment model -> technology acceptance model | gate=always conf=0.95
innovation reception -> technology adoption | gate=always conf=0.95
subjective exploration -> qualitative research | gate=always conf=0.95
quantitative exploration -> quantitative research | gate=always conf=0.95
topical examination -> thematic analysis | gate=always conf=0.95
topical investigation -> thematic analysis | gate=always conf=0.95
semi-organized meeting -> semi-structured interview | pos=noun gate=always conf=0.95
center gathering -> focus group | pos=noun gate=always conf=0.95
center gathering conversation -> focus group discussion | pos=noun gate=always conf=0.95
exploration hole -> research gap | pos=noun gate=always conf=0.95
examination hole -> research gap | pos=noun gate=always conf=0.95
exploration philosophy -> research methodology | gate=always conf=0.95
examination philosophy -> research methodology | gate=always conf=0.95
exploration configuration -> research design | gate=always conf=0.95
exploration question -> research question | pos=noun gate=always conf=0.95
exploration paper -> research paper | pos=noun gate=always conf=0.95
exploration region -> research area | pos=noun gate=always conf=0.95
exploration zone -> research area | pos=noun gate=always conf=0.95
exploration territory -> research area | pos=noun gate=always conf=0.95
exploration and improvement -> research and development | gate=always conf=0.95
contextual investigation -> case study | gate=always conf=0.85
    + A contextual investigation of three firms. -> A case study of three firms.
proof of idea -> proof of concept | gate=always conf=0.95
evidence of idea -> proof of concept | gate=always conf=0.95
condition of-the-craftsmanship -> state-of-the-art | gate=always conf=0.95
condition of the craftsmanship -> state of the art | gate=always conf=0.95 id=science:condition_of_the_craftsmanship->state_of_the_art.2
province of-the-craftsmanship -> state-of-the-art | gate=always conf=0.95
condition of-the-workmanship -> state-of-the-art | gate=always conf=0.95
exploratory arrangement -> experimental setup | pos=noun gate=always conf=0.95
exploratory approval -> experimental validation | gate=always conf=0.95
trial approval -> experimental validation | gate=always conf=0.95
logical writing -> scientific literature | gate=always conf=0.95
logical exploration -> scientific research | gate=always conf=0.95
# Study designs: "study" swapped for "research" inside fixed design names.
cohort research -> cohort study | pos=noun gate=always conf=0.95
    + A national cohort research followed 4,000 adults. -> A national cohort study followed 4,000 adults.
observational research -> observational study | pos=noun gate=always conf=0.9
    + Because this was an observational research, cause is unclear. -> Because this was an observational study, cause is unclear.
pilot research -> pilot study | pos=noun gate=always conf=0.9
feasibility research -> feasibility study | pos=noun gate=always conf=0.95
cross-sectional research -> cross-sectional study | pos=noun gate=always conf=0.9
case-control research -> case-control study | pos=noun gate=always conf=0.97
